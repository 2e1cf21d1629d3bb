#include "IndicatorSummaryModel.h"

#include "DomainText.h"
#include "OutcomeText.h"
#include "domain/Who5.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Traedesten::Ui {

using namespace Domain;

IndicatorSummaryModel::IndicatorSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IndicatorSummaryModel::setSummaries(QList<Storage::IndicatorSummary> summaries)
{
    beginResetModel();
    m_summaries = std::move(summaries);
    endResetModel();
}

const Storage::IndicatorSummary *IndicatorSummaryModel::summaryAt(int row) const
{
    return row >= 0 && row < m_summaries.size() ? &m_summaries.at(row) : nullptr;
}

int IndicatorSummaryModel::rowOf(const QString &indicatorId) const
{
    for (int r = 0; r < m_summaries.size(); ++r) {
        if (m_summaries.at(r).indicator.id == indicatorId)
            return r;
    }
    return -1;
}

int IndicatorSummaryModel::direction(const Storage::IndicatorSummary &s)
{
    if (s.count < 2 || !s.baseline || !s.latest || s.indicator.type == IndicatorType::Category)
        return 0;
    const double change = s.latest->value - s.baseline->value;
    if (s.indicator.code == u"who5" && std::abs(change) < Who5::MeaningfulChange)
        return 0;
    if (change == 0)
        return 0;
    return (change > 0) == s.indicator.higherIsBetter ? 1 : -1;
}

QString IndicatorSummaryModel::changeText(const Storage::IndicatorSummary &s)
{
    if (s.count < 2 || !s.baseline || !s.latest)
        return {};
    if (s.indicator.type == IndicatorType::Category) {
        if (s.baseline->category == s.latest->category)
            return tr("No change");
        return tr("%1 → %2").arg(OutcomeText::category(s.indicator, s.baseline->category),
            OutcomeText::category(s.indicator, s.latest->category));
    }
    if (s.indicator.type == IndicatorType::YesNo) {
        if (s.baseline->value == s.latest->value)
            return tr("No change");
        return tr("%1 → %2").arg(
            OutcomeText::value(s.indicator, *s.baseline), OutcomeText::value(s.indicator, *s.latest));
    }
    const double change = s.latest->value - s.baseline->value;
    QString text = change > 0 ? QStringLiteral("+") + OutcomeText::number(change)
                              : (change < 0 ? QStringLiteral("−") + OutcomeText::number(-change) : tr("No change"));
    if (s.indicator.code == u"who5" && std::abs(change) >= Who5::MeaningfulChange)
        text = tr("%1 (meaningful)").arg(text);
    return text;
}

int IndicatorSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int IndicatorSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorSummaryModel::data(const QModelIndex &index, int role) const
{
    const Storage::IndicatorSummary *s = summaryAt(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const auto measured = [&](const std::optional<Measurement> &m) {
        // The month is enough in the table (the full date is in the tooltip and the list beside).
        return m ? tr("%1 (%2)", "value (date)")
                       .arg(OutcomeText::value(s->indicator, *m),
                           QLocale().toString(m->measuredOn, QStringLiteral("MMM yy")))
                 : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndicatorColumn:
            return OutcomeText::indicator(s->indicator);
        case BaselineColumn:
            return s->count == 0 ? tr("Not measured") : measured(s->baseline);
        case LatestColumn:
            return s->count < 2 ? QString() : measured(s->latest);
        case ChangeColumn:
            return changeText(*s);
        case CountColumn:
            return s->count;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == IndicatorColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == BaselineColumn && s->baseline)
            return DomainText::longDate(s->baseline->measuredOn);
        if (index.column() == LatestColumn && s->latest && s->count > 1)
            return DomainText::longDate(s->latest->measuredOn);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn) {
            const int d = direction(*s);
            if (d > 0)
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            if (d < 0)
                return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        if (s->count == 0)
            return QBrush(QColor(0x75, 0x75, 0x75));
        break;
    case Qt::FontRole:
        if (index.column() == IndicatorColumn && s->count > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return s->indicator.id;
    }
    return {};
}

QVariant IndicatorSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case BaselineColumn:
        return tr("Baseline");
    case LatestColumn:
        return tr("Latest");
    case ChangeColumn:
        return tr("Change");
    case CountColumn:
        return tr("Measurements");
    }
    return {};
}

} // namespace Traedesten::Ui
