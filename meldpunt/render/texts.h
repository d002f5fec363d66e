// Texts a resident reads that the code puts together (screen titles, field hints, messages at a
// field), kept in a TOML file beside the templates (templates/teksten/*.toml) so a municipality can
// change them and the B1 check can read them. The code names each text by a dotted key.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

class Texts {
 public:
  // Reads `file`: tables of texts, nested as deep as needed ("[scherm.adres] titel = ..." is the key
  // "scherm.adres.titel"). Every key in `needed` must be there; a missing one is an error that names
  // the file, so a program with incomplete texts refuses to start instead of showing a blank.
  static Result<Texts> Load(Env* env, const std::filesystem::path& file, const std::vector<std::string>& needed);
  // For tests and fall-backs: texts from a map.
  static Texts FromMap(std::map<std::string, std::string> texts, std::string file = "");

  // The text of `key`; "" for a key that was not needed at load, so callers name every key they use.
  const std::string& Get(std::string_view key) const;
  // The text with each "{naam}" replaced by values["naam"] (not escaped: the renderer escapes).
  std::string Fill(std::string_view key, const std::map<std::string, std::string>& values) const;

  const std::map<std::string, std::string, std::less<>>& all() const { return texts_; }
  const std::string& file() const { return file_; }
  // The line of `key` in the file, for the B1 check's findings; 0 when unknown.
  int LineOf(std::string_view key) const;

 private:
  std::map<std::string, std::string, std::less<>> texts_;
  std::map<std::string, int, std::less<>> lines_;
  std::string file_;
};

}  // namespace nietpluis
