// Tests of the espeak-ng voice and the MP3 encoder with the real libraries: the sound has a length
// that fits its words, and the MP3 decodes in libmpg123 as mono speech of the same length.
#include "speech/espeak_voice.h"

#include <catch2/catch.hpp>

#include "speech/mp3_encoder.h"
#include "speech/mp3_info.h"
#include "meldpunt/speech/mp3_decode.h"

namespace nietpluis {
namespace {

PreparedSpeech Sample() {
  return PrepareSpeech({{SpeechBlockKind::kHeading, "Direct gevaar?"},
                        {SpeechBlockKind::kParagraph, "Bel 112. Gaat het niet goed met een buurman? Bel 0800 1234."},
                        {SpeechBlockKind::kListItem, "Een medewerker uit de buurt gaat dan langs."}},
                       Pronunciations(std::vector<Pronunciation>{{"112", "\xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n twee"}}));
}

TEST_CASE("espeak voice: Dutch speech at the slow rate fits between 0.25 and 0.8 seconds a word") {
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  REQUIRE(voice.ok());
  const PreparedSpeech speech = Sample();
  Result<Pcm> pcm = voice.value()->Speak(speech);
  REQUIRE(pcm.ok());
  CHECK(pcm.value().sample_rate == 22050);
  const double per_word = pcm.value().Seconds() / static_cast<double>(speech.WordCount());
  INFO("seconds " << pcm.value().Seconds() << " words " << speech.WordCount());
  CHECK(per_word > 0.25);
  CHECK(per_word < 0.8);
  // Not silence: speech has loud samples.
  int loudest = 0;
  for (std::int16_t sample : pcm.value().samples) loudest = std::max(loudest, std::abs(static_cast<int>(sample)));
  CHECK(loudest > 3000);
}

TEST_CASE("espeak voice: slower settings make longer sound, and the identity names every setting") {
  EspeakSettings slow;
  slow.words_per_minute = 100;
  Result<std::unique_ptr<EspeakVoice>> normal = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  Result<std::unique_ptr<EspeakVoice>> slower = EspeakVoice::Create(slow, Env::Default());
  REQUIRE(normal.ok());
  REQUIRE(slower.ok());
  CHECK(normal.value()->Identity() != slower.value()->Identity());
  CHECK(normal.value()->Identity().find("rate 135 pitch 45") != std::string::npos);
  CHECK(slower.value()->Speak(Sample()).value().Seconds() > normal.value()->Speak(Sample()).value().Seconds() * 1.15);
}

TEST_CASE("espeak voice: a voice that does not exist is an error, not a crash") {
  EspeakSettings settings;
  settings.voice = "xx-geen-stem";
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(settings, Env::Default());
  REQUIRE(!voice.ok());
  CHECK(voice.error().ToString() ==
        "espeak-ng: de stem \"xx-geen-stem\" is er niet; installeer de Debian-pakketten libespeak-ng1 en espeak-ng-data, "
        "of zet voorlezen uit");
}

TEST_CASE("mp3 encoder: the MP3 decodes as mono speech as long as the sound, and its frames say so too") {
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  REQUIRE(voice.ok());
  const Pcm pcm = voice.value()->Speak(Sample()).value();
  Result<std::string> mp3 = EncodeMp3(pcm);
  REQUIRE(mp3.ok());
  // 40 kbit/s: 5,000 bytes a second, give or take a frame.
  CHECK(std::abs(static_cast<double>(mp3.value().size()) - pcm.Seconds() * 5000) < 1000);
  const testing::DecodedMp3 decoded = testing::DecodeMp3(mp3.value());
  REQUIRE(decoded.ok);
  CHECK(decoded.channels == 1);
  CHECK(decoded.rate == 22050);
  INFO("pcm " << pcm.Seconds() << " s, decoded " << decoded.Seconds() << " s");
  CHECK(std::abs(decoded.Seconds() - pcm.Seconds()) < 0.1);
  const std::optional<Mp3Info> info = ReadMp3Info(mp3.value());
  REQUIRE(info);
  CHECK(info->mono);
  CHECK(info->sample_rate == 22050);
  CHECK(std::abs(info->Seconds() - pcm.Seconds()) < 0.1);
}

TEST_CASE("mp3 info: a cut-off or foreign file is refused, an ID3 tag in front is skipped") {
  Result<std::unique_ptr<EspeakVoice>> voice = EspeakVoice::Create(EspeakSettings{}, Env::Default());
  REQUIRE(voice.ok());
  const std::string mp3 = EncodeMp3(voice.value()->Speak(Sample()).value()).value();
  CHECK(!ReadMp3Info(mp3.substr(0, mp3.size() - 10)));
  CHECK(!ReadMp3Info("<html>niet gevonden</html>"));
  CHECK(!ReadMp3Info(""));
  std::string tagged = std::string("ID3\x04\x00\x00\x00\x00\x00\x05", 10) + "abcde" + mp3;
  REQUIRE(ReadMp3Info(tagged));
  CHECK(ReadMp3Info(tagged)->frames == ReadMp3Info(mp3)->frames);
}

}  // namespace
}  // namespace nietpluis
