#pragma once

#include <QLayout>
#include <QList>

namespace Traedesten::Ui {

/**
 * Lays its items out left to right and wraps onto further lines when the
 * width runs out, so a row of buttons never forces its window wider than the
 * screen (after Qt's Flow Layout example). Its height follows its width.
 */
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = -1, int vSpacing = -1);
    ~FlowLayout() override;

    /// Adds a stretch that pushes the items after it to the right end of their line.
    void addStretch();

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int spacing(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace Traedesten::Ui
