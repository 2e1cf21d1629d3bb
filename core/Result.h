#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace Traedesten {

/// A value or an Error, in the spirit of std::expected (C++23), which GCC 12 lacks.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // By value: `for (auto &x : f().value())` must not dangle once the temporary Result dies.
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    ErrorCode code() const { return error().code; }

    /// The value, or @p fallback on error.
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }
    /// Whether it succeeded, without the value.
    Result<void> status() const;

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

template<typename T> Status Result<T>::status() const
{
    return ok() ? Status() : Status(error());
}

} // namespace Traedesten
