// `eventline timex`: tag and normalize temporal expressions in one text or in a JSON Lines batch.
#include "commands.h"
#include "eventline/error.h"
#include "eventline/timex.h"

#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

namespace eventline::cli {

namespace {
using ojson = nlohmann::ordered_json;

struct TimexArgs {
    std::string input = "-";
    std::string date;
    bool jsonl = false;
};

ojson to_json(const Timex& t) {
    ojson j;
    j["begin"] = t.begin;
    j["end"] = t.end;
    j["text"] = t.text;
    j["type"] = std::string(to_string(t.type));
    j["value"] = t.value;
    j["mod"] = t.mod.empty() ? ojson(nullptr) : ojson(t.mod);
    if (t.interval_start.empty())
        j["interval"] = nullptr;
    else
        j["interval"] = ojson{{"start", t.interval_start}, {"end", t.interval_end}};
    j["precision"] = std::string(to_string(t.precision));
    j["future"] = t.future;
    return j;
}

ojson timexes_json(const std::vector<Timex>& ts) {
    ojson arr = ojson::array();
    for (const auto& t : ts)
        arr.push_back(to_json(t));
    return arr;
}

std::string dump(const ojson& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Opens FILE or standard input; nullptr (with `holder` empty) means stdin.
std::istream& open_input(const std::string& path, std::unique_ptr<std::ifstream>& holder) {
    if (path.empty() || path == "-") return std::cin;
    holder = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*holder) throw UsageError("timex: cannot read '" + path + "'");
    return *holder;
}

int run_text(const TimexTagger& tagger, const TimexArgs& a, const std::optional<Date>& anchor) {
    std::unique_ptr<std::ifstream> holder;
    std::istream& in = open_input(a.input, holder);
    std::ostringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    ojson out;
    out["timexes"] = timexes_json(tagger.tag(text, anchor));
    std::cout << dump(out) << '\n';
    return kOk;
}

int run_jsonl(const TimexTagger& tagger, const TimexArgs& a, const std::optional<Date>& fallback) {
    std::unique_ptr<std::ifstream> holder;
    std::istream& in = open_input(a.input, holder);
    const std::string name = a.input.empty() || a.input == "-" ? "<stdin>" : a.input;
    std::string line;
    std::size_t lineno = 0;
    bool failures = false;
    auto fail = [&](const ojson& id, const std::string& reason) {
        std::string msg = name + ":" + std::to_string(lineno) + ": " + reason;
        std::cerr << "eventline: " << msg << '\n';
        ojson err;
        err["id"] = id;
        err["error"] = msg;
        std::cout << dump(err) << '\n';
        failures = true;
    };
    while (std::getline(in, line)) {
        ++lineno;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        ojson doc = ojson::parse(line, nullptr, false);
        if (doc.is_discarded()) {
            fail(nullptr, "not valid JSON");
            continue;
        }
        if (!doc.is_object()) {
            fail(nullptr, "expected a JSON object");
            continue;
        }
        ojson id = doc.contains("id") ? doc["id"] : ojson(nullptr);
        // "text" and "date" as documented; common feed spellings are accepted too
        auto field = [&](std::initializer_list<const char*> names) {
            for (const char* n : names) {
                auto it = doc.find(n);
                if (it != doc.end() && !it->is_null()) return it;
            }
            return doc.end();
        };
        auto text_it = field({"text", "body", "content"});
        if (text_it == doc.end() || !text_it->is_string()) {
            fail(id, "missing string field \"text\"");
            continue;
        }
        std::optional<Date> anchor = fallback;
        auto date_it = field({"date", "publishedAt", "published", "datePublished", "published_at"});
        if (date_it != doc.end() && !date_it->is_null()) {
            if (!date_it->is_string()) {
                fail(id, "field \"date\" must be a string");
                continue;
            }
            auto d = parse_iso_date(date_it->get<std::string>());
            if (!d) {
                fail(id,
                     "invalid date '" + date_it->get<std::string>() + "' (expected YYYY-MM-DD[Thh:mm:ss])");
                continue;
            }
            anchor = d;
        }
        ojson out;
        out["id"] = id;
        out["timexes"] = timexes_json(tagger.tag(text_it->get_ref<const std::string&>(), anchor));
        std::cout << dump(out) << '\n';
    }
    std::cout.flush();
    return failures ? kSkipped : kOk;
}
} // namespace

Runner add_timex_command(CLI::App& root) {
    auto args = std::make_shared<TimexArgs>();
    auto* cmd = root.add_subcommand("timex", "Tag and normalize temporal expressions in a text");
    cmd->add_option("--date", args->date, "Anchor (publication) date, YYYY-MM-DD; a datetime is accepted");
    cmd->add_flag("--jsonl", args->jsonl,
                  "Read JSON Lines {\"id\",\"text\",\"date\"}; write one line per input");
    cmd->add_option("input", args->input, "Input file, or '-' for standard input (default)");
    return [args] {
        std::optional<Date> anchor;
        if (!args->date.empty()) {
            anchor = parse_iso_date(args->date);
            if (!anchor) throw UsageError("--date expects YYYY-MM-DD, got '" + args->date + "'");
        }
        std::ios::sync_with_stdio(false);
        TimexTagger tagger;
        return args->jsonl ? run_jsonl(tagger, *args, anchor) : run_text(tagger, *args, anchor);
    };
}

} // namespace eventline::cli
