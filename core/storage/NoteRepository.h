#pragma once

#include "Result.h"
#include "domain/Note.h"

#include <QList>

namespace Traedesten::Storage {

class CaseFile;

/// Journal notes from meetings with a citizen, newest first.
class NoteRepository
{
public:
    explicit NoteRepository(CaseFile &file);

    Result<QList<Domain::Note>> notesOf(const QString &citizenId);
    Result<Domain::Note> get(const QString &id);
    Result<Domain::Note> create(Domain::Note note);
    Result<Domain::Note> update(Domain::Note note);
    Status put(const Domain::Note &note);
    Status remove(const QString &id);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
