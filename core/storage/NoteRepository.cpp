#include "NoteRepository.h"

#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString NoteEntity = QStringLiteral("note");
constexpr const char *Columns = "id, citizen_id, date, place, participants, text, agreements, created_at, updated_at";

Note noteAt(const Statement &s)
{
    Note n;
    n.id = s.text(0);
    n.citizenId = s.text(1);
    n.date = dateAt(s, 2);
    n.place = s.text(3);
    n.participants = s.text(4);
    n.text = s.text(5);
    n.agreements = s.text(6);
    n.createdAt = timestampAt(s, 7);
    n.updatedAt = timestampAt(s, 8);
    return n;
}

} // namespace

NoteRepository::NoteRepository(CaseFile &file, ChangeNotifier *notifier)
    : m_file(file)
    , m_notifier(notifier)
{ }

Result<QList<Note>> NoteRepository::notesOf(const QString &citizenId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Note> notes;
    try {
        const QByteArray sql
            = QByteArray("SELECT ") + Columns + " FROM note WHERE citizen_id = ?1 ORDER BY date DESC, created_at DESC";
        Statement s = db->prepare(sql.constData());
        s.bind(1, citizenId);
        while (s.next())
            notes.append(noteAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return notes;
}

Result<Note> NoteRepository::get(const QString &id)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM note WHERE id = ?1";
        Statement s = db->prepare(sql.constData());
        s.bind(1, id);
        if (!s.next())
            return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
        return noteAt(s);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<Note> NoteRepository::create(Note note)
{
    if (note.id.isEmpty())
        note.id = newId();
    note.createdAt = note.updatedAt = now();
    if (Status s = put(note); !s)
        return s.error();
    return note;
}

Result<Note> NoteRepository::update(Note note)
{
    note.updatedAt = now();
    if (Status s = put(note); !s)
        return s.error();
    return note;
}

Status NoteRepository::put(const Note &n)
{
    if (Status s = Validation::validate(n); !s)
        return s;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement citizen = db.prepare("SELECT 1 FROM citizen WHERE id = ?1");
        citizen.bind(1, n.citizenId);
        if (!citizen.next())
            throw SqliteError(Error::invalid(QStringLiteral("citizenId"), Issue::UnknownReference));
        Statement exists = db.prepare("SELECT 1 FROM note WHERE id = ?1");
        exists.bind(1, n.id);
        const bool existed = exists.next();
        Statement s = db.prepare(R"sql(
            INSERT INTO note (id, citizen_id, date, place, participants, text, agreements, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT (id) DO UPDATE SET citizen_id = excluded.citizen_id, date = excluded.date,
                place = excluded.place, participants = excluded.participants, text = excluded.text,
                agreements = excluded.agreements, created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, n.id).bind(2, n.citizenId);
        bindDate(s, 3, n.date);
        s.bind(4, n.place).bind(5, n.participants).bind(6, n.text).bind(7, n.agreements);
        bindTimestamp(s, 8, n.createdAt);
        bindTimestamp(s, 9, n.updatedAt);
        s.run();
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, NoteEntity, n.id, n.citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Note, n.id, n.citizenId);
    return status;
}

Status NoteRepository::remove(const QString &id)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT citizen_id FROM note WHERE id = ?1");
        find.bind(1, id);
        if (!find.next())
            throw SqliteError(Error::invalid(QStringLiteral("id"), Issue::UnknownReference));
        citizenId = find.text(0);
        Statement s = db.prepare("DELETE FROM note WHERE id = ?1");
        s.bind(1, id).run();
        m_file.appendEvent(AuditAction::RecordDeleted, NoteEntity, id, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Note, id, citizenId);
    return status;
}

} // namespace Traedesten::Storage
