// Word lists for the temporal tagger (English general knowledge; no data file needed).
#include "lexicon.h"

#include <string>

namespace eventline::timex {

Lex& Lexicon::add(std::string_view word) {
    return map_[word];
}

Lexicon::Lexicon() {
    map_.reserve(600);
    static constexpr std::string_view months[] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
    static constexpr std::string_view month_abbr[] = {"jan", "feb", "mar", "apr", "",    "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
        add(months[m]).month = std::uint8_t(m + 1);
        if (!month_abbr[m].empty()) {
            Lex& l = add(month_abbr[m]);
            l.month = std::uint8_t(m + 1);
            l.month_abbrev = true;
        }
    }
    for (auto w : {"sept", "febr", "jun", "jul"}) {
        Lex& l = add(w);
        if (!l.month) l.month = std::string_view(w) == "sept" ? 9 : 2;
        l.month_abbrev = true;
    }
    add("may").ambiguous = true;
    add("march").ambiguous = true;
    add("august").ambiguous = true;
    add("july").w = W::July;

    static constexpr std::string_view days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
    static constexpr std::string_view days_pl[] = {"mondays", "tuesdays",  "wednesdays", "thursdays",
                                                   "fridays", "saturdays", "sundays"};
    for (int d = 0; d < 7; ++d) {
        add(days[d]).weekday = std::uint8_t(d + 1);
        Lex& p = add(days_pl[d]);
        p.weekday = std::uint8_t(d + 1);
        p.plural = true;
    }
    const std::pair<const char*, int> day_abbr[] = {{"mon", 1}, {"tue", 2},  {"tues", 2},  {"wed", 3},
                                                    {"thu", 4}, {"thur", 4}, {"thurs", 4}, {"fri", 5},
                                                    {"sat", 6}, {"sun", 7}};
    for (auto [w, d] : day_abbr) {
        Lex& l = add(w);
        l.weekday = std::uint8_t(d);
        l.weekday_abbrev = true;
    }

    const std::pair<const char*, Unit> units[] = {{"second", Unit::Second}, {"minute", Unit::Minute},
                                                  {"min", Unit::Minute},    {"hour", Unit::Hour},
                                                  {"hr", Unit::Hour},       {"day", Unit::Day},
                                                  {"week", Unit::Week},     {"fortnight", Unit::Fortnight},
                                                  {"month", Unit::Month},   {"quarter", Unit::Quarter},
                                                  {"year", Unit::Year},     {"yr", Unit::Year},
                                                  {"decade", Unit::Decade}, {"century", Unit::Century}};
    for (auto [w, u] : units)
        add(w).unit = u;
    const std::pair<const char*, Unit> plurals[] = {
        {"seconds", Unit::Second}, {"minutes", Unit::Minute},
        {"mins", Unit::Minute},    {"hours", Unit::Hour},
        {"hrs", Unit::Hour},       {"days", Unit::Day},
        {"weeks", Unit::Week},     {"fortnights", Unit::Fortnight},
        {"months", Unit::Month},   {"quarters", Unit::Quarter},
        {"years", Unit::Year},     {"yrs", Unit::Year},
        {"decades", Unit::Decade}, {"centuries", Unit::Century}};
    for (auto [w, u] : plurals) {
        Lex& l = add(w);
        l.unit = u;
        l.plural = true;
    }
    add("year").w = W::Year;
    add("decade").w = W::Decade;
    add("quarter").w = W::Quarter;
    add("day").w = W::Day;

    const std::pair<const char*, Unit> sets[] = {
        {"daily", Unit::Day},         {"weekly", Unit::Week},   {"monthly", Unit::Month},
        {"quarterly", Unit::Quarter}, {"annually", Unit::Year}, {"yearly", Unit::Year},
        {"hourly", Unit::Hour},       {"nightly", Unit::Day},   {"biweekly", Unit::Fortnight}};
    for (auto [w, u] : sets)
        add(w).set_unit = u;

    const std::pair<const char*, int> numbers[] = {
        {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
        {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
        {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
        {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
        {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
        {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"hundred", 100}, {"dozen", 12}};
    for (auto [w, n] : numbers)
        add(w).number = std::int16_t(n);
    const std::pair<const char*, int> ordinals[] = {
        {"first", 1},      {"second", 2},       {"third", 3},       {"fourth", 4},      {"fifth", 5},
        {"sixth", 6},      {"seventh", 7},      {"eighth", 8},      {"ninth", 9},       {"tenth", 10},
        {"eleventh", 11},  {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
        {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
        {"thirtieth", 30}, {"twenty-first", 21}};
    for (auto [w, n] : ordinals)
        add(w).ordinal = std::uint8_t(n);
    const std::pair<const char*, int> decades[] = {{"twenties", 192}, {"thirties", 193}, {"forties", 194},
                                                   {"fifties", 195},  {"sixties", 196},  {"seventies", 197},
                                                   {"eighties", 198}, {"nineties", 199}};
    for (auto [w, d] : decades)
        add(w).decade = std::int16_t(d);

    const std::pair<const char*, int> seasons[] = {
        {"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3}, {"winter", 4}};
    for (auto [w, s] : seasons)
        add(w).season = std::uint8_t(s);
    const std::pair<const char*, Pod> pods[] = {{"morning", Pod::Morning}, {"afternoon", Pod::Afternoon},
                                                {"evening", Pod::Evening}, {"night", Pod::Night},
                                                {"overnight", Pod::Night}, {"dawn", Pod::Dawn}};
    for (auto [w, p] : pods)
        add(w).pod = p;
    add("night").w = W::Night;

    const std::pair<const char*, W> words[] = {{"today", W::Today},
                                               {"yesterday", W::Yesterday},
                                               {"tomorrow", W::Tomorrow},
                                               {"tonight", W::Tonight},
                                               {"now", W::Now},
                                               {"currently", W::Currently},
                                               {"recently", W::Recently},
                                               {"lately", W::Lately},
                                               {"nowadays", W::Nowadays},
                                               {"presently", W::Presently},
                                               {"this", W::This},
                                               {"last", W::Last},
                                               {"next", W::Next},
                                               {"past", W::Past},
                                               {"coming", W::Coming},
                                               {"previous", W::Previous},
                                               {"prior", W::Previous},
                                               {"following", W::Following},
                                               {"upcoming", W::Upcoming},
                                               {"recent", W::Recent},
                                               {"current", W::Current},
                                               {"same", W::Same},
                                               {"early", W::Early},
                                               {"mid", W::Mid},
                                               {"middle", W::Middle},
                                               {"late", W::Late},
                                               {"end", W::End},
                                               {"beginning", W::Beginning},
                                               {"start", W::Start},
                                               {"earlier", W::Earlier},
                                               {"later", W::Later},
                                               {"ago", W::Ago},
                                               {"hence", W::Hence},
                                               {"the", W::The},
                                               {"a", W::A},
                                               {"an", W::An},
                                               {"each", W::Each},
                                               {"every", W::Every},
                                               {"per", W::Per},
                                               {"several", W::Several},
                                               {"few", W::Few},
                                               {"many", W::Many},
                                               {"some", W::Some},
                                               {"couple", W::Couple},
                                               {"half", W::Half},
                                               {"other", W::Other},
                                               {"fiscal", W::Fiscal},
                                               {"fy", W::Fy},
                                               {"about", W::About},
                                               {"around", W::Around},
                                               {"nearly", W::Nearly},
                                               {"almost", W::Almost},
                                               {"roughly", W::Roughly},
                                               {"approximately", W::Approximately},
                                               {"more", W::More},
                                               {"less", W::Less},
                                               {"than", W::Than},
                                               {"over", W::Over},
                                               {"under", W::Under},
                                               {"at", W::At},
                                               {"least", W::Least},
                                               {"most", W::Most},
                                               {"up", W::Up},
                                               {"fewer", W::Fewer},
                                               {"of", W::Of},
                                               {"in", W::In},
                                               {"on", W::On},
                                               {"since", W::Since},
                                               {"until", W::Until},
                                               {"till", W::Till},
                                               {"by", W::By},
                                               {"from", W::From},
                                               {"to", W::To},
                                               {"through", W::Through},
                                               {"between", W::Between},
                                               {"and", W::And},
                                               {"during", W::During},
                                               {"before", W::Before},
                                               {"after", W::After},
                                               {"for", W::For},
                                               {"within", W::Within},
                                               {"noon", W::Noon},
                                               {"midnight", W::Midnight},
                                               {"midday", W::Midday},
                                               {"am", W::Am},
                                               {"pm", W::Pm},
                                               {"future", W::Future},
                                               {"present", W::Present},
                                               {"moment", W::Moment},
                                               {"times", W::Times},
                                               {"once", W::Once},
                                               {"twice", W::Twice},
                                               {"old", W::Old},
                                               {"long", W::Long},
                                               {"ahead", W::Ahead},
                                               {"these", W::These},
                                               {"weekend", W::Weekend},
                                               {"weekends", W::Weekend},
                                               {"q", W::Q},
                                               {"h", W::H},
                                               {"eve", W::Eve},
                                               {"christmas", W::Christmas},
                                               {"halloween", W::Halloween},
                                               {"thanksgiving", W::Thanksgiving},
                                               {"easter", W::Easter},
                                               {"valentine", W::Valentine},
                                               {"independence", W::Independence},
                                               {"labor", W::Labor},
                                               {"memorial", W::Memorial},
                                               {"veterans", W::Veterans},
                                               {"new", W::New},
                                               {"s", W::S},
                                               {"near", W::Near},
                                               {"time", W::Time},
                                               {"period", W::Period},
                                               {"whole", W::Whole},
                                               {"entire", W::Entire},
                                               {"ll", W::Ll},
                                               {"right", W::Right},
                                               {"both", W::Both},
                                               {"that", W::That},
                                               {"just", W::Just},
                                               {"only", W::Only}};
    for (auto [w, id] : words)
        add(w).w = id;
    add("fourth").w = W::Fourth;
    add("first").w = W::First;
    add("second").w = W::Second;
    add("third").w = W::Third;

    for (auto w :
         {"in",      "on",     "since",  "until",  "till",       "by",       "from",   "to",     "through",
          "between", "and",    "during", "before", "after",      "of",       "early",  "mid",    "late",
          "last",    "next",   "this",   "until",  "throughout", "fiscal",   "fy",     "around", "about",
          "or",      "spring", "summer", "fall",   "autumn",     "winter",   "circa",  "year",   "ca",
          "as",      "for",    "at",     "into",   "beginning",  "starting", "ending", "thru"})
        add(w).date_prep = true;
    for (auto w : {"their", "his", "her", "my", "your", "our", "its"})
        add(w).possessive = true;

    for (auto w : {"will",        "shall",     "going",     "expected",  "expects", "expect",      "plans",
                   "plan",        "planned",   "planning",  "scheduled", "due",     "intends",     "intend",
                   "intended",    "aims",      "hopes",     "upcoming",  "would",   "set",         "slated",
                   "ll",          "wo",        "tomorrow",  "next",      "await",   "awaits",      "coming",
                   "forthcoming", "later",     "seeks",     "could",     "might",   "may",         "prepare",
                   "prepares",    "preparing", "deadline",  "must",      "hope",    "tentatively", "ahead",
                   "forecast",    "forecasts", "projected", "poised",    "likely",  "faces",       "face",
                   "facing",      "pending",   "proposed",  "targets"})
        add(w).cue = 1;
    for (auto w : {"said",      "told",     "was",       "were",     "had",    "did",        "ago",
                   "yesterday", "earlier",  "announced", "reported", "began",  "came",       "went",
                   "took",      "met",      "made",      "held",     "since",  "previously", "former",
                   "confirmed", "revealed", "arrived",   "left",     "signed", "killed"})
        add(w).cue = -1;
    // irregular past tenses, which the "-ed" rule of the parser misses
    for (auto w :
         {"rose",   "fell",   "grew",   "won",    "lost",    "saw",    "gave",     "got",      "spoke",
          "ran",    "paid",   "sold",   "bought", "brought", "fought", "built",    "sent",     "spent",
          "struck", "led",    "fled",   "shot",   "stood",   "broke",  "chose",    "drove",    "flew",
          "froze",  "kept",   "knew",   "sank",   "thought", "threw",  "woke",     "wrote",    "became",
          "swept",  "shrank", "sought", "taught", "forgot",  "stole",  "withdrew", "underwent"})
        add(w).cue = -1;

    for (auto w :
         {"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst",  "mdt", "bst", "cet", "cest",
          "et",  "pt",  "ct",  "jst", "kst", "ist", "msk", "eet", "eest", "hkt", "sgt", "aest"})
        add(w).timezone = true;

    for (auto w :
         {"troops",    "soldiers",   "people",    "men",        "women",      "children",   "tonnes",
          "tons",      "ton",        "tonne",     "kilometers", "kilometres", "km",         "miles",
          "mile",      "meters",     "metres",    "feet",       "foot",       "kg",         "pounds",
          "dollars",   "euros",      "yuan",      "yen",        "rubles",     "barrels",    "votes",
          "units",     "cars",       "vehicles",  "jobs",       "workers",    "employees",  "students",
          "refugees",  "migrants",   "deaths",    "cases",      "bags",       "rounds",     "shells",
          "missiles",  "rockets",    "drones",    "tanks",      "homes",      "houses",     "acres",
          "hectares",  "calories",   "points",    "percent",    "pct",        "copies",     "members",
          "prisoners", "hostages",   "civilians", "residents",  "fighters",   "recruits",   "personnel",
          "officers",  "police",     "mw",        "gw",         "kw",         "mph",        "kph",
          "ft",        "lbs",        "lb",        "cc",         "ml",         "mm",         "cm",
          "megawatts", "gallons",    "liters",    "litres",     "square",     "sq",         "x",
          "hp",        "rpm",        "voters",    "seats",      "delegates",  "words",      "pages",
          "items",     "stores",     "planes",    "aircraft",   "ships",      "vessels",    "boats",
          "guns",      "weapons",    "bombs",     "patients",   "doctors",    "nurses",     "teachers",
          "shares",    "runs",       "yards",     "goals",      "games",      "wins",       "losses",
          "ballots",   "signatures", "others",    "more",       "additional", "new",        "extra",
          "million",   "billion",    "thousand",  "hundred",    "trillion",   "percentage", "degrees",
          "hours",     "days"})
        add(w).counted = true;

    // which words can begin an expression (everything else is context only)
    static constexpr W starters[] = {W::Today,
                                     W::Yesterday,
                                     W::Tomorrow,
                                     W::Tonight,
                                     W::Now,
                                     W::Currently,
                                     W::Recently,
                                     W::Lately,
                                     W::Nowadays,
                                     W::Presently,
                                     W::This,
                                     W::Last,
                                     W::Next,
                                     W::Past,
                                     W::Coming,
                                     W::Previous,
                                     W::Following,
                                     W::Upcoming,
                                     W::Recent,
                                     W::Current,
                                     W::Early,
                                     W::Mid,
                                     W::Middle,
                                     W::Late,
                                     W::Earlier,
                                     W::Later,
                                     W::The,
                                     W::A,
                                     W::An,
                                     W::Each,
                                     W::Every,
                                     W::Per,
                                     W::Several,
                                     W::Few,
                                     W::Many,
                                     W::Some,
                                     W::Couple,
                                     W::Half,
                                     W::Fiscal,
                                     W::Fy,
                                     W::About,
                                     W::Around,
                                     W::Nearly,
                                     W::Almost,
                                     W::Roughly,
                                     W::Approximately,
                                     W::More,
                                     W::Less,
                                     W::Over,
                                     W::Under,
                                     W::At,
                                     W::Up,
                                     W::Fewer,
                                     W::Noon,
                                     W::Midnight,
                                     W::Midday,
                                     W::Present,
                                     W::Once,
                                     W::Twice,
                                     W::These,
                                     W::Q,
                                     W::H,
                                     W::Christmas,
                                     W::Halloween,
                                     W::Thanksgiving,
                                     W::Easter,
                                     W::Valentine,
                                     W::Independence,
                                     W::Labor,
                                     W::Memorial,
                                     W::Veterans,
                                     W::New,
                                     W::Fourth,
                                     W::Just,
                                     W::Only,
                                     W::Year,
                                     W::Decade,
                                     W::Quarter,
                                     W::Day,
                                     W::Night,
                                     W::Weekend,
                                     W::First,
                                     W::Second,
                                     W::Third,
                                     W::Whole,
                                     W::Entire,
                                     W::End,
                                     W::Beginning,
                                     W::Start};
    for (auto& [word, l] : map_) {
        (void)word;
        bool s = l.month || l.weekday || l.season || l.ordinal || l.number >= 0 || l.decade >= 0 ||
                 l.unit != Unit::None || l.set_unit != Unit::None || l.pod != Pod::None;
        for (W x : starters)
            if (l.w == x) s = true;
        l.starter = s;
        // determiners and approximators lead to an expression only when a known word or number follows
        static constexpr W lead[] = {
            W::The,           W::A,       W::An,   W::About, W::Around, W::Nearly, W::Almost, W::Roughly,
            W::Approximately, W::More,    W::Less, W::Over,  W::Under,  W::At,     W::Up,     W::Fewer,
            W::Some,          W::Just,    W::Only, W::Each,  W::Every,  W::Per,    W::New,    W::Half,
            W::Many,          W::Several, W::Few,  W::Early, W::Late,   W::Past};
        for (W x : lead)
            if (l.w == x && !l.month) l.needs_next = true;
        l.rules = first_word_rules(l);
    }
    std::size_t size = 1;
    while (size < map_.size() * 4)
        size <<= 1;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (auto& [word, l] : map_) {
        if (word.empty() || word.size() > kMaxWord) continue; // find() never looks such words up
        char buf[kPadding] = {};
        std::memcpy(buf, word.data(), word.size());
        Key k = key(buf, word.size());
        std::size_t h = hash(k) & mask_;
        while (slots_[h].lex)
            h = (h + 1) & mask_;
        slots_[h] = Slot{k, &l};
    }
}

} // namespace eventline::timex
