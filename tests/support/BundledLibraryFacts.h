#pragma once

// What the app ships in resources/library, for the tests that install it.
namespace st::testdata {

constexpr int kBundledStories = 24;
constexpr int kBundledLanguages = 4; // en, ko, ja, es
constexpr int kBundledScripts = kBundledStories * kBundledLanguages;

} // namespace st::testdata
