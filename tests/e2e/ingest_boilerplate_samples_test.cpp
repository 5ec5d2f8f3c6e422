// End-to-end: boilerplate, captions and bylines of every sample never reach the cleaned text.
#include "e2e_support.h"

#include <map>
#include <regex>
#include <set>

using nlohmann::json;

TEST_CASE("samples/: boilerplate, captions and bylines never reach the cleaned text", "[e2e][ingest]") {
    const std::regex junk("SKIP ADVERTISEMENT|[Ss]ubscri|Log in|log into|enable JavaScript|Listen to this "
                          "article|Share full article|"
                          "Credit\\.\\.\\.|^Source: |verify access|trouble retrieving|^内容|^总结|Sign up "
                          "for|cookies|All rights reserved|"
                          "Related Coverage|contributed reporting|^By [A-Z]|Privacy Policy|^- [0-9]+$",
                          std::regex::multiline);
    const std::vector<std::string> captions = {"An honor guard lined the road",
                                               "A freight train loaded with military trucks",
                                               "A television at a railway station in Seoul",
                                               "Protesters celebrated on the grounds",
                                               "Rescue workers searched the ruins",
                                               "The two leaders at the Vostochny Cosmodrome"};
    for (const auto& f : e2e::sample_files()) {
        for (const auto& body : e2e::clean_bodies(e2e::samples_dir() + "/" + f)) {
            INFO(f << "\n" << body.substr(0, 400));
            std::smatch m;
            bool found = std::regex_search(body, m, junk);
            INFO("found: " << (found ? m.str() : std::string()));
            CHECK_FALSE(found);
            for (const auto& c : captions)
                CHECK(body.find(c) == std::string::npos);
            CHECK(body.size() > 1000); // the article itself is kept
        }
    }
}
