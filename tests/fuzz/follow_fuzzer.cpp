// Fuzzes what the follow-up code takes from strangers: a typed code (/volg), a status token (the
// coordinator's link) and a receiver's status post. A typed code is read as the plain rule says and
// shows as it reads; no token but ours is ever accepted; a post either parses to its four fields or not.
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "intake/follow_code.h"
#include "intake/follow_signing.h"
#include "intake/status_post.h"

namespace {

constexpr const char* kKey = "fuzz-volgsleutel-0123456789abcdef0123";

void CheckCode(std::string_view text) {
  const nietpluis::ParsedFollowCode parsed = nietpluis::ParseFollowCode(text);
  if (parsed.kind != nietpluis::ParsedFollowCode::Kind::kOk) {
    FUZZ_CHECK(parsed.canonical.empty());
    return;
  }
  FUZZ_CHECK(parsed.canonical.size() == nietpluis::kFollowCodeSymbols);
  for (char c : parsed.canonical) FUZZ_CHECK(nietpluis::kFollowAlphabet.find(c) != std::string_view::npos);
  FUZZ_CHECK(nietpluis::FollowCheckSymbol(parsed.canonical.substr(0, 7)) == parsed.canonical[7]);
  const nietpluis::ParsedFollowCode again = nietpluis::ParseFollowCode(nietpluis::ShowFollowCode(parsed.canonical));
  FUZZ_CHECK(again.kind == nietpluis::ParsedFollowCode::Kind::kOk && again.canonical == parsed.canonical);
}

void CheckToken(std::string_view text) {
  const nietpluis::ReadToken read = nietpluis::ReadStatusToken(kKey, text, 0);
  if (read.kind != nietpluis::ReadToken::Kind::kOk) return;
  // Accepted only when it is exactly what the key makes for its grant.
  FUZZ_CHECK(nietpluis::MakeStatusToken(kKey, read.grant) == text);
}

void CheckPost(std::string_view text) {
  const std::optional<nietpluis::StatusPost> post = nietpluis::ParseStatusPost(text);
  if (!post) return;
  FUZZ_CHECK(nietpluis::ParseFollowStatus(nietpluis::FollowStatusName(post->status)) == post->status);
  FUZZ_CHECK(!nietpluis::StatusSignatureMatches("", text, "sha256="));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = nietpluis::fuzz::AsText(data, size);
  CheckCode(text);
  CheckToken(text);
  CheckPost(text);
  return 0;
}
