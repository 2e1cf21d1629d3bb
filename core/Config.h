#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Traedesten {

/**
 * The program's own settings (per user, never per case file), behind one
 * typed wrapper over QSettings. Holds no citizen data: recent files are paths.
 * Per-file settings live inside the encrypted file (CaseFile::setting).
 */
class Config
{
public:
    enum class Key {
        Language, ///< "" (follow the system), "da" or "en"
        IdleLockMinutes, ///< lock after this many minutes without input
        LockOnScreenLock, ///< lock when the desktop's screen locker starts
        RecentFiles, ///< case file paths, newest first
        LastDirectory, ///< where file dialogs start
        MainWindowGeometry,
        MainWindowState,
        CaseloadColumns, ///< keys of the caseload list's visible columns (empty: the default ones)
    };

    static constexpr int MaximumRecentFiles = 8;
    static constexpr int MinimumIdleLockMinutes = 1;
    static constexpr int MaximumIdleLockMinutes = 240;

    /// Uses the application's default QSettings location.
    Config();
    /// Uses the given settings file (tests).
    explicit Config(const QString &iniFile);

    QVariant get(Key key) const;
    void set(Key key, const QVariant &value);
    void reset(Key key);
    QVariant defaultValue(Key key) const;

    QString language() const { return get(Key::Language).toString(); }
    int idleLockMinutes() const;
    QStringList recentFiles() const { return get(Key::RecentFiles).toStringList(); }
    /// Puts @p path first, removing duplicates and trimming to MaximumRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    void sync();

private:
    static QString name(Key key);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Traedesten
