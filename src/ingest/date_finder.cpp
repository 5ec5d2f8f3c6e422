#include "date_finder.h"

#include <re2/re2.h>

#include <cctype>
#include <chrono>

namespace eventline {

namespace {
constexpr const char* kMonth =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    "nov(?:ember)?|dec(?:ember)?)\\.?";

RE2::Options opts() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    return o;
}

std::optional<Date> make(int y, unsigned m, unsigned d) {
    if (y < 1800 || y > 2200 || m < 1 || m > 12) return std::nullopt;
    Date date{date::year{y}, date::month{m}, date::day{d}};
    if (!date.ok()) return std::nullopt;
    return date;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}
} // namespace

unsigned month_from_name(std::string_view name) {
    static constexpr const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3) return 0;
    char p[3];
    for (int i = 0; i < 3; ++i) p[i] = char(std::tolower(static_cast<unsigned char>(name[std::size_t(i)])));
    for (unsigned m = 0; m < 12; ++m)
        if (p[0] == names[m][0] && p[1] == names[m][1] && p[2] == names[m][2]) return m + 1;
    return 0;
}

DateFinder::DateFinder()
    : iso_(std::make_unique<re2::RE2>("(?:^|\\D)(\\d{4})-(\\d{2})-(\\d{2})(?:\\D|$)", opts())),
      month_day_year_(std::make_unique<re2::RE2>(std::string("\\b") + kMonth + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", opts())),
      day_month_year_(std::make_unique<re2::RE2>(std::string("\\b(\\d{1,2})\\s+") + kMonth + ",?\\s+(\\d{4})\\b", opts())),
      prefix_(std::make_unique<re2::RE2>("\\s*(published|updated|posted|last updated|first published|modified|by|date)\\b.*", opts())),
      dateline_(std::make_unique<re2::RE2>(
          std::string("(?-i:[A-Z][A-Z.'\\- ]{1,40})(?:,\\s*[\\pL. ]{2,30})?,?\\s+") + kMonth +
              "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\))?\\s*[-:]\\s.*",
          opts())) {}

DateFinder::~DateFinder() = default;

const DateFinder& DateFinder::shared() {
    static const DateFinder instance;
    return instance;
}

std::optional<Date> DateFinder::parse(std::string_view s) const {
    re2::StringPiece in(s.data(), s.size());
    int y = 0;
    unsigned m = 0, d = 0;
    std::string mon;
    if (RE2::PartialMatch(in, *iso_, &y, &m, &d)) return make(y, m, d);
    if (RE2::PartialMatch(in, *month_day_year_, &mon, &d, &y)) return make(y, month_from_name(mon), d);
    if (RE2::PartialMatch(in, *day_month_year_, &d, &mon, &y)) return make(y, month_from_name(mon), d);
    std::string_view t = s;
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (all_digits(t) && t.size() >= 9 && t.size() <= 13) {
        long long secs = std::stoll(std::string(t));
        if (t.size() >= 12) secs /= 1000; // epoch milliseconds
        auto days = date::floor<date::days>(date::sys_seconds{std::chrono::seconds{secs}});
        Date date{days};
        if (date.ok()) return date;
    }
    return std::nullopt;
}

std::optional<DateFinder::Found> DateFinder::find(const std::vector<std::string>& first_lines,
                                                  const std::optional<Date>& fallback) const {
    std::optional<Found> updated;
    for (const auto& line : first_lines) {
        re2::StringPiece in(line);
        std::string prefix;
        bool short_line = line.size() <= 120;
        if (short_line && RE2::FullMatch(in, *prefix_, &prefix)) {
            auto d = parse(line);
            if (!d) continue;
            char p = char(std::tolower(static_cast<unsigned char>(prefix[0])));
            if (p == 'u' || p == 'm' || (p == 'l' && prefix.size() > 4)) { // "Updated", "Modified", "Last updated"
                if (!updated) updated = Found{*d, "byline"};
                continue;
            }
            return Found{*d, "byline"};
        }
        if (short_line) {
            if (auto d = parse(line)) {
                // A line that is mostly a date ("October 23, 2024", "Wed 23 Oct 2024 10.00 BST").
                std::size_t letters = 0;
                for (char c : line) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
                if (letters <= 30) return Found{*d, "dateline"};
            }
        }
        std::string mon;
        unsigned day = 0;
        std::string year;
        if (RE2::FullMatch(in, *dateline_, &mon, &day, &year)) {
            int y = 0;
            if (!year.empty()) {
                y = std::stoi(year);
            } else if (fallback) {
                y = int(fallback->year());
            } else {
                continue;
            }
            auto d = make(y, month_from_name(mon), day);
            // A year-less dateline well after the reference date belongs to the year before.
            if (d && year.empty() && date::sys_days(*d) > date::sys_days(*fallback) + date::days{7})
                d = make(y - 1, month_from_name(mon), day);
            if (d) return Found{*d, "dateline"};
        }
    }
    return updated;
}

} // namespace eventline
