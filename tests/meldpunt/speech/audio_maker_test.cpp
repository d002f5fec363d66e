// Tests of making audio through the cache with the real voice: a second time comes from the cache,
// a changed text or voice makes new audio, a damaged file is made again, pruning keeps what is used.
#include "speech/audio_maker.h"

#include <catch2/catch.hpp>

#include "speech/espeak_voice.h"
#include "speech/mp3_info.h"
#include "test_support.h"

namespace nietpluis {
namespace {

PreparedSpeech Line(const std::string& text) { return PrepareSpeech({{SpeechBlockKind::kParagraph, text}}, {}); }

std::unique_ptr<EspeakVoice> DutchVoice(int rate = 135) {
  EspeakSettings settings;
  settings.words_per_minute = rate;
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(settings, Env::Default());
  REQUIRE(voice.ok());
  return std::move(voice).value();
}

TEST_CASE("audio maker: the same text a second time comes from the cache, byte for byte") {
  testing::TempDir dir;
  auto voice = DutchVoice();
  const AudioCache cache(Env::Default(), AudioCache::FolderFor(dir / "site"));
  CHECK(cache.enabled());
  CHECK(AudioCache::FolderFor(dir / "site") == dir / ".site.voorlezen");
  AudioMaker first(*voice, cache);
  Result<SpokenAudio> made = first.Make(Line("Wat is niet pluis?"));
  REQUIRE(made.ok());
  CHECK(!made.value().from_cache);
  CHECK(made.value().seconds > 0.5);
  AudioMaker second(*voice, cache);
  Result<SpokenAudio> again = second.Make(Line("Wat is niet pluis?"));
  REQUIRE(again.ok());
  CHECK(again.value().from_cache);
  CHECK(again.value().mp3 == made.value().mp3);
  CHECK(again.value().seconds == made.value().seconds);
  CHECK(again.value().line_starts_ms == made.value().line_starts_ms);
  CHECK(second.made() == 0);
  CHECK(second.reused() == 1);
}

TEST_CASE("audio maker: each line's start is noted, kept in the cache, and a cache without starts is made again") {
  testing::TempDir dir;
  auto voice = DutchVoice();
  const AudioCache cache(Env::Default(), dir / "cache");
  const PreparedSpeech three = PrepareSpeech({{SpeechBlockKind::kHeading, "Wat is niet pluis?"},
                                              {SpeechBlockKind::kParagraph, "Soms klopt er iets niet."},
                                              {SpeechBlockKind::kListItem, "Bel ons."}},
                                             {});
  AudioMaker maker(*voice, cache);
  Result<SpokenAudio> made = maker.Make(three);
  REQUIRE(made.ok());
  const std::vector<int>& starts = made.value().line_starts_ms;
  REQUIRE(starts.size() == 3);
  CHECK(starts[0] == 0);
  // Each line starts after the one before it has been said and its pause has passed.
  CHECK(starts[1] > kPauseAfterHeadingMs + 500);
  CHECK(starts[2] > starts[1] + kPauseAfterParagraphMs + 500);
  CHECK(starts[2] < made.value().seconds * 1000);

  const std::filesystem::path starts_file = dir / "cache" / (AudioCache::KeyOf(voice->Identity(), three) + ".tijden");
  CHECK(testing::ReadText(starts_file) ==
        std::to_string(starts[0]) + "\n" + std::to_string(starts[1]) + "\n" + std::to_string(starts[2]) + "\n");
  // An audio file from before the starts were kept: made again, starts and all.
  std::filesystem::remove(starts_file);
  AudioMaker again(*voice, cache);
  Result<SpokenAudio> remade = again.Make(three);
  REQUIRE(remade.ok());
  CHECK(!remade.value().from_cache);
  CHECK(remade.value().line_starts_ms.size() == 3);
  CHECK(std::filesystem::exists(starts_file));
}

TEST_CASE("audio maker: another text, pause or voice setting makes new audio") {
  testing::TempDir dir;
  auto voice = DutchVoice();
  auto slower = DutchVoice(110);
  const AudioCache cache(Env::Default(), dir / "cache");
  AudioMaker maker(*voice, cache);
  REQUIRE(maker.Make(Line("Bel ons.")).ok());
  REQUIRE(maker.Make(Line("Bel ons maar.")).ok());
  REQUIRE(maker.Make(PrepareSpeech({{SpeechBlockKind::kHeading, "Bel ons."}}, {})).ok());
  CHECK(maker.made() == 3);
  AudioMaker slow(*slower, cache);
  REQUIRE(slow.Make(Line("Bel ons.")).ok());
  CHECK(slow.made() == 1);
  CHECK(AudioCache::KeyOf("a", Line("x")).size() == 32);
  CHECK(AudioCache::KeyOf("a", Line("x")) != AudioCache::KeyOf("b", Line("x")));
}

TEST_CASE("audio maker: a damaged cached file is made again, and pruning removes what no page uses") {
  testing::TempDir dir;
  auto voice = DutchVoice();
  const AudioCache cache(Env::Default(), dir / "cache");
  const PreparedSpeech kept = Line("Deze blijft.");
  const PreparedSpeech gone = Line("Deze gaat weg.");
  {
    AudioMaker maker(*voice, cache);
    REQUIRE(maker.Make(kept).ok());
    REQUIRE(maker.Make(gone).ok());
  }
  const std::filesystem::path kept_file = dir / "cache" / (AudioCache::KeyOf(voice->Identity(), kept) + ".mp3");
  const std::string whole = testing::ReadText(kept_file);
  // Not at a frame boundary: a constant-rate file cut there reads as a shorter whole one.
  testing::WriteText(kept_file, whole.substr(0, whole.size() / 2 + 7));
  AudioMaker maker(*voice, cache);
  Result<SpokenAudio> remade = maker.Make(kept);
  REQUIRE(remade.ok());
  CHECK(!remade.value().from_cache);
  // espeak-ng varies its voice a little each time (its pitch flutter), so the new file is whole, not the same bytes.
  CHECK(ReadMp3Info(testing::ReadText(kept_file)));
  CHECK(testing::ReadText(kept_file).size() > whole.size() * 9 / 10);
  REQUIRE(cache.Prune(maker.used_keys()).ok());
  // The kept text's MP3 and its line starts.
  CHECK(std::distance(std::filesystem::directory_iterator(dir / "cache"), {}) == 2);
  CHECK(std::filesystem::exists(kept_file));
  CHECK(std::filesystem::exists(kept_file.parent_path() / (kept_file.stem().string() + ".tijden")));
}

TEST_CASE("audio maker: without a cache folder every text is spoken and nothing is stored") {
  auto voice = DutchVoice();
  AudioMaker maker(*voice, AudioCache());
  REQUIRE(maker.Make(Line("Een.")).ok());
  REQUIRE(maker.Make(Line("Een.")).ok());
  CHECK(maker.made() == 2);
  CHECK(maker.seconds_spoken() > 0.5);
}

}  // namespace
}  // namespace nietpluis
