#pragma once

// Readable GoogleTest output for Qt values: included by the tests so that a failing
// EXPECT_EQ on QStrings prints the text, not its UTF-16 code units.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <ostream>

QT_BEGIN_NAMESPACE

inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QByteArray& value, std::ostream* os)
{
    if (value.size() > 200)
        *os << "QByteArray(" << value.size() << " bytes)";
    else
        *os << "QByteArray(\"" << value.toStdString() << "\")";
}

inline void PrintTo(const QStringList& value, std::ostream* os)
{
    *os << '[';
    for (qsizetype i = 0; i < value.size(); ++i)
        *os << (i ? ", " : "") << '"' << value.at(i).toStdString() << '"';
    *os << ']';
}

inline void PrintTo(const QVariant& value, std::ostream* os)
{
    *os << "QVariant(" << value.typeName() << ", \"" << value.toString().toStdString() << "\")";
}

QT_END_NAMESPACE
