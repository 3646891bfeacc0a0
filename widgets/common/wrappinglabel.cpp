#include "common/wrappinglabel.h"

#include <QLabel>

namespace lotse {

QLabel *wrappingLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace lotse
