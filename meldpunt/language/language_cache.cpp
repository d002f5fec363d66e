// Reading, looking up and writing the cache of B1 check results.
#include "language/language_cache.h"

#include <elf.h>
#include <link.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <set>
#include <utility>

#include "language/spelling.h"

namespace nietpluis {
namespace {

constexpr char kMagic[8] = {'N', 'P', 'T', 'A', 'A', 'L', '0', '1'};
// Raise when the entries' layout or the report's HTML for a page's text changes.
constexpr std::uint64_t kFormat = 2;  // 2: the spelling kind
constexpr std::size_t kHeaderSize = 8 + 8 + 8;      // magic, fingerprint, entry count
constexpr std::size_t kEntryHeadSize = 8 + 8 + 4 + 8;  // key, body size, body checksum

// 128 bits from two independent 64-bit lanes over the same bytes, eight at a time.
class Hasher {
 public:
  void Add(const void* data, std::size_t size) {
    const char* at = static_cast<const char*>(data);
    length_ += size;
    if (pending_size_ > 0) {
      const std::size_t take = std::min(size, 8 - pending_size_);
      std::memcpy(pending_ + pending_size_, at, take);
      pending_size_ += take;
      at += take;
      size -= take;
      if (pending_size_ < 8) return;
      Block(pending_);
      pending_size_ = 0;
    }
    for (; size >= 8; at += 8, size -= 8) Block(at);
    std::memcpy(pending_, at, size);
    pending_size_ = size;
  }
  void Add(std::uint64_t value) { Add(&value, sizeof value); }
  void Add(std::string_view text) {
    Add(static_cast<std::uint64_t>(text.size()));
    Add(text.data(), text.size());
  }

  LanguageCacheKey Digest() {
    char last[8] = {};
    std::memcpy(last, pending_, pending_size_);
    Block(last);
    return LanguageCacheKey{Finish(high_ ^ length_), Finish(low_ ^ (length_ * 0x9E3779B97F4A7C15ull))};
  }

 private:
  static std::uint64_t Rotate(std::uint64_t x, int bits) { return (x << bits) | (x >> (64 - bits)); }
  static std::uint64_t Finish(std::uint64_t x) {
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDull;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ull;
    return x ^ (x >> 33);
  }
  void Block(const char* at) {
    std::uint64_t block;
    std::memcpy(&block, at, 8);
    high_ = Rotate(high_ ^ (Rotate(block * 0x87C37B91114253D5ull, 31) * 0x4CF5AD432745937Full), 27) * 5 + 0x52DCE729;
    low_ = Rotate(low_ ^ (Rotate(block * 0x9E3779B97F4A7C15ull, 29) * 0xBF58476D1CE4E5B9ull), 31) * 9 + 0x38495AB5;
  }

  std::uint64_t high_ = 0x243F6A8885A308D3ull, low_ = 0x13198A2E03707344ull, length_ = 0;
  char pending_[8] = {};
  std::size_t pending_size_ = 0;
};

// The GNU build ID of the program (the linker's hash of what it linked), so results of one build of
// the program are never taken for another's. Empty when the program has none.
std::string ProgramBuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) {
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& segment = info->dlpi_phdr[i];
          if (segment.p_type != PT_NOTE) continue;
          const std::size_t align = segment.p_align == 8 ? 8 : 4;
          auto padded = [align](std::size_t size) { return (size + align - 1) / align * align; };
          const char* at = reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr);
          const char* end = at + segment.p_memsz;
          while (static_cast<std::size_t>(end - at) >= sizeof(ElfW(Nhdr))) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const char* name = at + sizeof note;
            const char* desc = name + padded(note.n_namesz);
            if (desc + note.n_descsz > end) break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              static_cast<std::string*>(out)->assign(desc, note.n_descsz);
              return 1;
            }
            at = desc + padded(note.n_descsz);
          }
        }
        return 1;  // the first object is the program itself; the libraries do not matter here
      },
      &id);
  return id;
}

const std::string& BuildId() {
  static const std::string id = ProgramBuildId();
  return id;
}

std::vector<std::string> Sorted(std::vector<std::string> items) {
  std::sort(items.begin(), items.end());
  return items;
}

// What every page's results depend on besides its own text; 0 when results cannot be told apart.
std::uint64_t Fingerprint(Env* env, const LanguageConfig& config) {
  if (BuildId().empty()) return 0;
  Hasher hasher;
  hasher.Add(kFormat);
  hasher.Add(BuildId());
  for (const char* file : {"/usr/share/hyphen/hyph_nl_NL.dic", "/usr/share/hyphen/hyph_nl.dic", kDutchAffixFile,
                           kDutchDictionaryFile}) {
    Result<std::string> patterns = env->ReadFile(file);
    hasher.Add(patterns.ok() ? patterns.value() : std::string_view("-"));
  }
  hasher.Add(static_cast<std::uint64_t>(config.sentence_warning));
  hasher.Add(static_cast<std::uint64_t>(config.sentence_error));
  hasher.Add(static_cast<std::uint64_t>(config.long_word_syllables));
  hasher.Add(static_cast<std::uint64_t>(config.longest_hard_phrase));
  hasher.Add(static_cast<std::uint64_t>(config.names.size()));
  for (const auto& name : config.names) {
    hasher.Add(static_cast<std::uint64_t>(name.size()));
    for (const std::string& word : name) hasher.Add(word);
  }
  std::vector<std::string> hard;
  for (const auto& [phrase, alternative] : config.hard_words) hard.push_back(phrase + '\0' + alternative);
  for (const std::string& entry : Sorted(std::move(hard))) hasher.Add(entry);
  hasher.Add(std::string_view("gewoon"));
  for (const std::string& word : Sorted({config.plain_words.begin(), config.plain_words.end()})) hasher.Add(word);
  hasher.Add(std::string_view("gewoon.txt"));
  for (const std::string& word : Sorted({config.common_words.begin(), config.common_words.end()})) hasher.Add(word);
  hasher.Add(std::string_view("spelling"));
  hasher.Add(static_cast<std::uint64_t>(config.check_spelling));
  for (const std::string& word : Sorted({config.spelling_exceptions.begin(), config.spelling_exceptions.end()})) {
    hasher.Add(word);
  }
  const std::uint64_t fingerprint = hasher.Digest().high;
  return fingerprint == 0 ? 1 : fingerprint;
}

void Put(std::string* out, const void* data, std::size_t size) { out->append(static_cast<const char*>(data), size); }
template <typename T>
void Put(std::string* out, T value) {
  Put(out, &value, sizeof value);
}
void PutText(std::string* out, std::string_view text) {
  Put(out, static_cast<std::uint32_t>(text.size()));
  out->append(text);
}

// Reads fixed-size values and texts from an entry, refusing to read past its end.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  template <typename T>
  bool Get(T* value) {
    if (data_.size() < sizeof(T)) return false;
    std::memcpy(value, data_.data(), sizeof(T));
    data_.remove_prefix(sizeof(T));
    return true;
  }
  bool GetText(std::string* text) {
    std::uint32_t size = 0;
    if (!Get(&size) || data_.size() < size) return false;
    text->assign(data_.data(), size);
    data_.remove_prefix(size);
    return true;
  }
  bool done() const { return data_.empty(); }

 private:
  std::string_view data_;
};

// Over the key and the body (given in parts), so a damaged key cannot file an entry under another
// page's text. One lane of the hasher's mixing: this runs over every entry a rebuild uses.
std::uint64_t Checksum(LanguageCacheKey key, std::initializer_list<std::string_view> body) {
  auto mix = [](std::uint64_t sum, std::uint64_t block) {
    sum ^= block * 0x87C37B91114253D5ull;
    sum = (sum << 27) | (sum >> 37);
    return sum * 5 + 0x52DCE729;
  };
  std::size_t size = 0;
  for (std::string_view part : body) size += part.size();
  std::uint64_t sum = mix(mix(0x243F6A8885A308D3ull ^ size, key.high), key.low);
  char carry[8];
  std::size_t carried = 0;
  for (std::string_view part : body) {
    std::size_t at = 0;
    if (carried > 0) {  // complete the block begun by the part before
      const std::size_t take = std::min(part.size(), 8 - carried);
      std::memcpy(carry + carried, part.data(), take);
      carried += take;
      at = take;
      if (carried < 8) continue;
      std::uint64_t block;
      std::memcpy(&block, carry, 8);
      sum = mix(sum, block);
      carried = 0;
    }
    for (; at + 8 <= part.size(); at += 8) {
      std::uint64_t block;
      std::memcpy(&block, part.data() + at, 8);
      sum = mix(sum, block);
    }
    carried = part.size() - at;
    std::memcpy(carry, part.data() + at, carried);
  }
  std::uint64_t last = 0;
  std::memcpy(&last, carry, carried);
  sum = mix(sum, last);
  sum ^= sum >> 33;
  sum *= 0xFF51AFD7ED558CCDull;
  return sum ^ (sum >> 33);
}

}  // namespace

std::filesystem::path LanguageCache::FileFor(const std::filesystem::path& out_dir) {
  std::filesystem::path target = out_dir.lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  const std::filesystem::path parent = target.parent_path().empty() ? "." : target.parent_path();
  return parent / ("." + target.filename().string() + ".taalcheck");
}

LanguageCache LanguageCache::Open(Env* env, const std::filesystem::path& out_dir, const LanguageConfig& config) {
  LanguageCache cache;
  cache.file_ = FileFor(out_dir);
  cache.fingerprint_ = Fingerprint(env, config);
  if (!cache.enabled()) return cache;
  std::error_code ec;
  if (!std::filesystem::exists(cache.file_, ec)) return cache;
  Result<std::string> data = env->ReadFile(cache.file_);
  if (!data.ok()) return cache;
  cache.data_ = std::move(data).value();
  std::string_view rest = cache.data_;
  std::uint64_t fingerprint = 0, count = 0;
  if (rest.size() < kHeaderSize || std::memcmp(rest.data(), kMagic, 8) != 0) return cache;
  std::memcpy(&fingerprint, rest.data() + 8, 8);
  std::memcpy(&count, rest.data() + 16, 8);
  if (fingerprint != cache.fingerprint_) return cache;
  rest.remove_prefix(kHeaderSize);
  for (std::uint64_t i = 0; i < count && rest.size() >= kEntryHeadSize; ++i) {
    std::uint32_t body_size = 0;
    std::memcpy(&body_size, rest.data() + 16, 4);
    if (rest.size() - kEntryHeadSize < body_size) break;  // cut short: keep what came before
    const std::string_view entry = rest.substr(0, kEntryHeadSize + body_size);
    cache.entries_.emplace(KeyOfEntry(entry), entry);
    rest.remove_prefix(entry.size());
  }
  return cache;
}

LanguageCacheKey LanguageCache::KeyOf(const std::vector<TextBlock>& text) const {
  Hasher hasher;
  hasher.Add(fingerprint_);
  hasher.Add(static_cast<std::uint64_t>(text.size()));
  for (const TextBlock& block : text) {
    hasher.Add(static_cast<std::uint64_t>(block.is_heading() ? 1 : 0) |
               (static_cast<std::uint64_t>(block.runs.size()) << 1));
    for (const TextRun& run : block.runs) {
      hasher.Add(static_cast<std::uint64_t>(static_cast<std::uint32_t>(run.line)));
      hasher.Add(run.text);
    }
  }
  return hasher.Digest();
}

std::optional<std::string_view> LanguageCache::Find(LanguageCacheKey key) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

std::string LanguageCache::EntryHead(LanguageCacheKey key, const LanguageScore& score,
                                     const std::vector<Finding>& findings, std::string_view text_html) {
  std::string body;
  body.reserve(256 * findings.size() + 128);
  for (int value : {score.sentences, score.words, score.scored_words, score.syllables, score.long_words, score.errors,
                    score.warnings}) {
    Put(&body, static_cast<std::int32_t>(value));
  }
  for (int count : score.counts) Put(&body, static_cast<std::int32_t>(count));
  Put(&body, score.average_sentence_length);
  Put(&body, score.long_word_share);
  Put(&body, score.flesch_douma);
  Put(&body, static_cast<std::uint32_t>(findings.size()));
  for (const Finding& finding : findings) {
    Put(&body, static_cast<std::uint8_t>(finding.kind));
    Put(&body, static_cast<std::uint8_t>(finding.level));
    Put(&body, static_cast<std::int32_t>(finding.line));
    PutText(&body, finding.problem);
    PutText(&body, finding.text);
    PutText(&body, finding.suggestion);
  }
  Put(&body, static_cast<std::uint32_t>(text_html.size()));  // the text itself follows the head
  std::string head;
  head.reserve(kEntryHeadSize + body.size());
  Put(&head, key.high);
  Put(&head, key.low);
  Put(&head, static_cast<std::uint32_t>(body.size() + text_html.size()));
  Put(&head, Checksum(key, {body, text_html}));
  return head + body;
}

LanguageCacheKey LanguageCache::KeyOfEntry(std::string_view entry) {
  LanguageCacheKey key;
  std::memcpy(&key.high, entry.data(), 8);
  std::memcpy(&key.low, entry.data() + 8, 8);
  return key;
}

bool LanguageCache::Read(std::string_view entry, LanguageScore* score, std::vector<Finding>* findings,
                         std::string* text_html) {
  if (entry.size() < kEntryHeadSize) return false;
  std::uint32_t body_size = 0;
  std::uint64_t checksum = 0;
  std::memcpy(&body_size, entry.data() + 16, 4);
  std::memcpy(&checksum, entry.data() + 20, 8);
  const std::string_view body = entry.substr(kEntryHeadSize);
  if (body.size() != body_size || Checksum(KeyOfEntry(entry), {body}) != checksum) return false;
  Reader reader(body);
  LanguageScore read;
  std::int32_t values[7 + kFindingKinds];
  for (std::int32_t& value : values) {
    if (!reader.Get(&value)) return false;
  }
  read.sentences = values[0];
  read.words = values[1];
  read.scored_words = values[2];
  read.syllables = values[3];
  read.long_words = values[4];
  read.errors = values[5];
  read.warnings = values[6];
  for (std::size_t k = 0; k < kFindingKinds; ++k) read.counts[k] = values[7 + k];
  std::uint32_t count = 0;
  if (!reader.Get(&read.average_sentence_length) || !reader.Get(&read.long_word_share) ||
      !reader.Get(&read.flesch_douma) || !reader.Get(&count)) {
    return false;
  }
  std::vector<Finding> found;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint8_t kind = 0, level = 0;
    std::int32_t line = 0;
    Finding finding{};
    if (!reader.Get(&kind) || !reader.Get(&level) || !reader.Get(&line) || kind >= kFindingKinds || level > 1 ||
        !reader.GetText(&finding.problem) || !reader.GetText(&finding.text) || !reader.GetText(&finding.suggestion)) {
      return false;
    }
    finding.kind = static_cast<FindingKind>(kind);
    finding.level = static_cast<Diagnostic::Level>(level);
    finding.line = line;
    found.push_back(std::move(finding));
  }
  std::string html;
  if (!reader.GetText(&html) || !reader.done()) return false;
  *score = read;
  *findings = std::move(found);
  *text_html = std::move(html);
  return true;
}

bool LanguageCache::Holds(const std::vector<Stored>& entries) const {
  std::set<std::pair<std::uint64_t, std::uint64_t>> keys;
  for (const Stored& entry : entries) {
    const LanguageCacheKey key = KeyOfEntry(entry.head);
    if (!entries_.count(key)) return false;
    keys.emplace(key.high, key.low);
  }
  return keys.size() == entries_.size();
}

Status LanguageCache::Save(Env* env, const std::vector<Stored>& entries) const {
  if (!enabled()) return Status::Ok();
  std::set<std::pair<std::uint64_t, std::uint64_t>> keys;
  std::vector<std::string_view> parts = {{}};  // the header, made when the count is known
  for (const Stored& entry : entries) {
    const LanguageCacheKey key = KeyOfEntry(entry.head);
    if (!keys.emplace(key.high, key.low).second) continue;
    parts.push_back(entry.head);
    parts.push_back(entry.text);
  }
  std::string header;
  Put(&header, kMagic, sizeof kMagic);
  Put(&header, fingerprint_);
  Put(&header, static_cast<std::uint64_t>(keys.size()));
  parts.front() = header;
  // Written beside it and renamed over it, so a reader never sees half a file.
  std::filesystem::path fresh = file_;
  fresh += "." + std::to_string(::getpid());
  if (Status s = env->WriteFileParts(fresh, parts); !s.ok()) {
    env->RemoveAll(fresh);
    return s;
  }
  return env->Rename(fresh, file_);
}

}  // namespace nietpluis
