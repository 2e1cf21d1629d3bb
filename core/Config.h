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
        LastDirectory, ///< where file dialogs start; the default folder when the remembered one is gone
        MainWindowGeometry,
        MainWindowState,
        CaseloadColumns, ///< keys of the caseload list's visible columns (empty: the default ones)
    };

    static constexpr int MaximumRecentFiles = 8;
    static constexpr int MinimumIdleLockMinutes = 1;
    static constexpr int MaximumIdleLockMinutes = 240;

    /// Uses the application's default QSettings location. The settings file is kept at mode 0600.
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

    /// Settings of one case file kept on this computer (its backup folder, its path), keyed by the file's id
    /// (FileSetting::FileId), never by anything about citizens. Empty when never set.
    QString caseFileValue(const QString &fileId, const QString &name) const;
    void setCaseFileValue(const QString &fileId, const QString &name, const QString &value);
    /// The id of the case file last seen at @p path (setCaseFileValue(id, "path", ...)); empty when unknown.
    QString caseFileIdOfPath(const QString &path) const;

    /// The documents folder: where new files are suggested when no other folder was used. It may not
    /// exist yet in a fresh home folder (the new case file dialog creates it, mode 0700).
    static QString defaultFolder();
    /// @p preferred when it is an existing folder, else the documents folder when it exists, else the home
    /// folder: a file dialog given a folder that does not exist offers its name as a file name.
    static QString existingFolder(const QString &preferred);

private:
    static QString name(Key key);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Traedesten
