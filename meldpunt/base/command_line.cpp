// Command-line parsing shared by both programs: flags with values, boolean flags, positionals, help.
#include "base/command_line.h"

#include <algorithm>

#include "base/text.h"

namespace nietpluis {

Result<Args> Parse(const std::vector<std::string>& argv, const std::vector<std::string>& value_flags,
                   const std::vector<std::string>& boolean_flags) {
  Args args;
  auto known = [](const std::vector<std::string>& list, const std::string& flag) {
    return std::find(list.begin(), list.end(), flag) != list.end();
  };
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      args.help = true;
      continue;
    }
    if (!StartsWith(arg, "--")) {
      args.positional.push_back(arg);
      continue;
    }
    std::string flag = arg, value;
    bool has_value = false;
    if (std::size_t eq = arg.find('='); eq != std::string::npos) {
      flag = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    if (known(boolean_flags, flag) && !has_value) {
      args.flags.insert_or_assign(flag, std::string("1"));  // assigning "1" trips a false -Wrestrict of GCC 12
    } else if (known(value_flags, flag)) {
      if (!has_value) {
        if (i + 1 >= argv.size()) return Error("", 0, "bij " + flag + " hoort een waarde", "");
        value = argv[++i];
      }
      args.flags[flag] = value;
    } else {
      std::vector<std::string> all = value_flags;
      all.insert(all.end(), boolean_flags.begin(), boolean_flags.end());
      std::string suggestion = ClosestMatch(flag, all);
      return Error("", 0, "onbekende optie '" + flag + "'",
                   suggestion.empty() ? "" : "bedoelt u '" + suggestion + "'?");
    }
  }
  return args;
}

std::string UsageText(const Diagnostic& error) {
  std::string text = error.problem;
  if (!error.remedy.empty()) text.append("; ").append(error.remedy);
  return text;
}

std::string FlagOr(const Args& args, const std::string& flag, const std::string& fallback) {
  auto it = args.flags.find(flag);
  return it == args.flags.end() ? fallback : it->second;
}

}  // namespace nietpluis
