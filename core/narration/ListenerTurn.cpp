#include "core/narration/ListenerTurn.h"

#include <array>

namespace st {
namespace {

struct Named
{
    ListenerTurn::Kind kind;
    const char* name;
};

constexpr std::array<Named, 9> kNames{{
    {ListenerTurn::Kind::Answer, "answer"},
    {ListenerTurn::Kind::Question, "question"},
    {ListenerTurn::Kind::Next, "next"},
    {ListenerTurn::Kind::Repeat, "repeat"},
    {ListenerTurn::Kind::Back, "back"},
    {ListenerTurn::Kind::Skip, "skip"},
    {ListenerTurn::Kind::Shorter, "shorter"},
    {ListenerTurn::Kind::Longer, "longer"},
    {ListenerTurn::Kind::Exit, "exit"},
}};

} // namespace

QString ListenerTurn::name(Kind kind)
{
    for (const Named& n : kNames) {
        if (n.kind == kind)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<ListenerTurn::Kind> ListenerTurn::fromName(const QString& name)
{
    for (const Named& n : kNames) {
        if (name == QLatin1String(n.name))
            return n.kind;
    }
    return std::nullopt;
}

} // namespace st
