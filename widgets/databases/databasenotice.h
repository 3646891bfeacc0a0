#pragma once

#include "common/cardframe.h"
#include "core/thresholds.h"

class QLabel;

namespace lotse {

/// A message on a card with a band in a state's colour: why a database list
/// or a plan could not be read, said plainly where the rows would be.
class DatabaseNotice final : public CardFrame
{
    Q_OBJECT

public:
    explicit DatabaseNotice(QWidget *parent = nullptr);

    /// The state whose colour the band takes.
    void setState(State state);
    void setText(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    State m_state = State::Critical;
    QLabel *m_text;
};

} // namespace lotse
