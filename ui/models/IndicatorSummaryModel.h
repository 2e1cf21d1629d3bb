#pragma once

#include "storage/MeasurementRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Traedesten::Ui {

/**
 * A citizen's indicators with baseline (the first measurement), latest and the change between
 * them, from one query (MeasurementRepository::summaries); data() never touches the file.
 */
class IndicatorSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, BaselineColumn, LatestColumn, ChangeColumn, CountColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit IndicatorSummaryModel(QObject *parent = nullptr);

    void setSummaries(QList<Storage::IndicatorSummary> summaries);
    const Storage::IndicatorSummary *summaryAt(int row) const;
    int rowOf(const QString &indicatorId) const;

    /// The change from baseline to latest as the table shows it ("+12", "Hostel → Own home"), or empty.
    static QString changeText(const Storage::IndicatorSummary &summary);
    /// +1 better, −1 worse, 0 the same or not comparable (WHO-5: only a change of 10 or more counts).
    static int direction(const Storage::IndicatorSummary &summary);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Storage::IndicatorSummary> m_summaries;
};

} // namespace Traedesten::Ui
