#pragma once

#include "core/script/Script.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace st::testdata {

/// A script whose sections hold \a contents in telling order (missing ones stay empty).
Script script(const QString& title, const QString& language, const QStringList& contents);

/// A script of \a chapters tellable sections (at most 14), each "Chapter N: …" in English,
/// with no question marks in the text.
Script numberedScript(int chapters, const QString& language = QStringLiteral("en"));

/// The markdown of a well-formed 14-section script, as a model writes it.
QString wellFormedMarkdown();

/// A "random" function that always returns \a value modulo n: the worst case for "never
/// the same line twice in a row".
std::function<int(int)> constantRandom(int value = 0);

/// A seeded pseudo-random function: the same seed gives the same sequence.
std::function<int(int)> seededRandom(quint32 seed);

/// The bundled script of \a bundle (e.g. "mary-celeste") in \a language, read from the
/// embedded resource.
Script bundledScript(const QString& bundle, const QString& language);

} // namespace st::testdata
