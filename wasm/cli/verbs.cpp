#include "cli/verbs.hpp"

#include <cstdlib>
#include <iostream>

#include "api/engine.hpp"
#include "cli/calibrate_verb.hpp"
#include "cli/input_files.hpp"

namespace od::cli {
namespace {

// Prints the facade's JSON and maps "ok" to the exit status.
int emit(const std::string& result) {
  std::cout << result << "\n";
  // Results are insertion-ordered with "ok" first (see api/errors.hpp); `holidays` answers with
  // a bare list, per the contract.
  const bool ok = result.rfind("{\"ok\":true", 0) == 0 || result.rfind("[", 0) == 0;
  return ok ? 0 : 1;
}

struct Inputs {
  std::string config;
  std::string request;
};

bool load(const std::string& path, std::string& out, const UsageError& usage, int& status) {
  auto text = read_input(path);
  if (!text) {
    status = usage("cannot read " + path);
    return false;
  }
  out = std::move(*text);
  return true;
}

}  // namespace

int run_verb(const std::string& verb, const std::vector<std::string>& args,
             const UsageError& usage) {
  int status = 0;
  auto want = [&](size_t n) {
    if (args.size() == n) return true;
    status = usage(verb + " takes " + std::to_string(n) + " argument" + (n == 1 ? "" : "s"));
    return false;
  };

  if (verb == "audit" && args.size() == 3 && args[1] == "--history") {
    std::string config, history;
    if (!load(args[0], config, usage, status) || !load(args[2], history, usage, status)) {
      return status;
    }
    return emit(api::Engine(config).audit(history));
  }
  if (verb == "validate" || verb == "audit") {
    std::string config;
    if (!want(1) || !load(args[0], config, usage, status)) return status;
    api::Engine engine(config);
    return emit(verb == "validate" ? engine.validate() : engine.audit());
  }
  if (verb == "quote" || verb == "promise" || verb == "check" || verb == "contact") {
    std::string config, request;
    if (!want(2) || !load(args[0], config, usage, status) ||
        !load(args[1], request, usage, status)) {
      return status;
    }
    api::Engine engine(config);
    if (verb == "quote") return emit(engine.quote(request));
    if (verb == "promise") return emit(engine.promise(request));
    if (verb == "check") return emit(engine.check(request));
    return emit(engine.contact(request));
  }
  if (verb == "pack") {
    std::string request;
    if (!want(1) || !load(args[0], request, usage, status)) return status;
    return emit(api::Engine::pack(request));
  }
  if (verb == "calibrate") return run_calibrate(args, usage);
  if (verb == "localtime") {
    if (!want(2)) return status;
    return emit(api::Engine::localtime(args[0], args[1]));
  }
  if (verb == "holidays") {
    if (!want(2)) return status;
    char* end = nullptr;
    const long year = std::strtol(args[1].c_str(), &end, 10);
    if (args[1].empty() || *end != '\0' || year < 1 || year > 9999) {
      return usage("YEAR must be a year such as 2026");
    }
    return emit(api::Engine::holidays(args[0], static_cast<int>(year)));
  }
  return usage("unknown verb \"" + verb + "\"");
}

}  // namespace od::cli
