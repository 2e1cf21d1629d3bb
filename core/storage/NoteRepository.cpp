#include "NoteRepository.h"

#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/PersonKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

NoteRepository::NoteRepository(CaseFile &file)
    : m_file(file)
{ }

Result<QList<Note>> NoteRepository::notesOf(const QString &citizenId)
{
    return m_file.read([&](Database &db) { return Kinds::note().readWhere(db, "citizen_id = ?1", { citizenId }); });
}

Result<Note> NoteRepository::get(const QString &id)
{
    return m_file.read([&](Database &db) {
        const auto note = Kinds::note().find(db, id);
        if (!note)
            refuse("id", Issue::UnknownReference);
        return *note;
    });
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
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, n.citizenId))
            refuse("citizenId", Issue::UnknownReference);
        m_file.putRecord(Kinds::note(), n, n.citizenId);
    });
}

Status NoteRepository::remove(const QString &id)
{
    return m_file.write([&](Database &db) {
        const auto note = Kinds::note().find(db, id);
        if (!note)
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::note(), id, note->citizenId);
    });
}

} // namespace Traedesten::Storage
