#pragma once

// Runs the calling program again inside a throwaway PostgreSQL cluster (pg_virtualenv, from Debian's
// postgresql-common: it works as root, the server runs as postgres, and the cluster is dropped when the
// program ends), so team tests and benchmarks never touch a server of the developer's.

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace TestKit {

/// Returns once the program runs inside its own cluster (PGHOST and friends set by pg_virtualenv);
/// before that it replaces the process with `pg_virtualenv argv…`, or returns false when that fails.
inline bool insidePgVirtualenv(int argc, char **argv)
{
    if (qgetenv("TRAEDESTEN_IN_PG_VIRTUALENV") == "1")
        return true;
    setenv("TRAEDESTEN_IN_PG_VIRTUALENV", "1", 1);
    std::vector<char *> args { const_cast<char *>("pg_virtualenv") };
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("pg_virtualenv", args.data());
    std::perror("pg_virtualenv (postgresql-common) is needed for the team server's tests");
    return false;
}

} // namespace TestKit
