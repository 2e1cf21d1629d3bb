#pragma once

#include "NamedListDialog.h"
#include "domain/Indicator.h"

namespace Traedesten::Ui {

/**
 * The case file's indicators: the built-in ones and the file's own (a name, a unit, a kind of
 * value). Indicators with measurements are archived, never deleted; an archived one is not
 * offered for new measurements.
 */
class IndicatorsDialog : public NamedListDialog
{
    Q_OBJECT

public:
    explicit IndicatorsDialog(CaseEditor *editor, QWidget *parent = nullptr);

protected:
    void requestAdd() override;
    QList<Entry> load() override;
    Status add(const QString &name) override;
    void rename(int row, const QString &name) override;
    void setArchived(int row, bool archived) override;
    QString title() const override;
    QString newTitle() const override;
    QString renameTitle() const override;

private:
    QList<Domain::Indicator> m_indicators;
};

} // namespace Traedesten::Ui
