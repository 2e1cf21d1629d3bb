#include "DemoOutcomes.h"

#include "Database.h"

#include <QRandomGenerator>

namespace Traedesten::Storage::DemoOutcomes {

void add(Database &, QRandomGenerator &, const QDate &, const QDateTime &)
{
    // Filled in by the effect issue (#6).
}

} // namespace Traedesten::Storage::DemoOutcomes
