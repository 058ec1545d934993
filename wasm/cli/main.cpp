// `overdeliver`: the merchant command line over the same facade as the browser module.
// Prints one JSON document; exit 0 when "ok" is true, 1 when the input is invalid, 2 on usage.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "api/engine.hpp"
#include "cli/input_files.hpp"
#include "cli/verbs.hpp"

namespace {

constexpr const char* kUsage =
    "usage: overdeliver <verb> [arguments]\n"
    "  validate CONFIG                    check a store configuration\n"
    "  quote    CONFIG REQUEST            shipping options for a cart and destination\n"
    "  promise  CONFIG REQUEST            delivery promise for a cart\n"
    "  check    CONFIG REQUEST            obstacles in a cart\n"
    "  contact  CONFIG REQUEST            contact channels, opening and reply-by times\n"
    "  audit    CONFIG [--history FILE]   store-level findings (with past shipments: promises\n"
    "                                     tighter than history)\n"
    "  pack     PACKREQUEST               pack items into boxes\n"
    "  calibrate CONFIG HISTORY.csv [--target 0.95]  promises from past shipments\n"
    "  holidays CODE YEAR                 public holidays of a place and year\n"
    "  localtime ZONE INSTANT             local time of an instant in an IANA zone\n"
    "FILE may be - for standard input.\n";

int usage(const std::string& problem) {
  std::cerr << "overdeliver: " << problem << "\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage("no verb given");
  const std::string verb = args.front();
  args.erase(args.begin());
  if (verb == "--help" || verb == "-h" || verb == "help") {
    std::cout << kUsage;
    return 0;
  }
  return od::cli::run_verb(verb, args, usage);
}
