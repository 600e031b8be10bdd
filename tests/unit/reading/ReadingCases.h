#pragma once

// The reading tests' table form: a text and what a reader makes of it.
#include "support/QtPrinters.h"

#include <QString>
#include <gtest/gtest.h>
#include <initializer_list>

namespace st::readingtest {

struct Case
{
    const char16_t* text;
    const char16_t* read;
};

/// Every case's text, through \a read, gives its reading.
template <typename Reader> void expectAll(Reader read, std::initializer_list<Case> cases)
{
    for (const Case& c : cases) {
        const QString text = QString::fromUtf16(c.text);
        EXPECT_EQ(read(text), QString::fromUtf16(c.read)) << text.toStdString();
    }
}

} // namespace st::readingtest
