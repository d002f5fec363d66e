// ISO weeks at the turn of the year, and the counts' CSV and JSON exactly as intakes write them.
#include "base/week_counts.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

TEST_CASE("ISO weeks across the turn of 2026 and 2027: 2026 has a week 53", "[iso_week]") {
  CHECK(WeeksInYear(2026) == 53);
  CHECK(WeeksInYear(2027) == 52);
  CHECK(WeekOfDate(2026, 12, 28).ToString() == "2026-W53");  // Monday
  CHECK(WeekOfDate(2027, 1, 1).ToString() == "2026-W53");    // a Friday still in 2026's last week
  CHECK(WeekOfDate(2027, 1, 3).ToString() == "2026-W53");    // Sunday
  CHECK(WeekOfDate(2027, 1, 4).ToString() == "2027-W01");    // Monday
  CHECK(WeekOfDate(2025, 12, 29).ToString() == "2026-W01");  // week 1 of 2026 starts in 2025
  CHECK(WeekOfDate(2027, 2, 1).ToString() == "2027-W05");
  CHECK(IsoWeek{2026, 53}.Next().ToString() == "2027-W01");
  CHECK(IsoWeek{2027, 52}.Next().ToString() == "2028-W01");
  CHECK(WeeksBetween(IsoWeek{2026, 52}, IsoWeek{2027, 2}) == 3);
  CHECK(IsoWeek{2026, 53} < IsoWeek{2027, 1});
}

TEST_CASE("A week is read as 2027-W05 and only a week the year has", "[iso_week]") {
  CHECK(ParseIsoWeek("2027-W05") == IsoWeek{2027, 5});
  CHECK(ParseIsoWeek("2026-w53") == IsoWeek{2026, 53});
  CHECK_FALSE(ParseIsoWeek("2027-W53"));
  CHECK_FALSE(ParseIsoWeek("2027-W00"));
  CHECK_FALSE(ParseIsoWeek("2027-05"));
  CHECK_FALSE(ParseIsoWeek("27-W05"));
}

TEST_CASE("Counts as CSV and JSON: exactly the header, fields and order the issue names", "[week_counts]") {
  std::vector<WeekCount> counts = {{IsoWeek{2026, 53}, "website", "", 3},
                                   {IsoWeek{2027, 1}, "buurthuis-de-kroon", "huisarts-centrum", 12}};
  CHECK(WeekCountsCsv(counts) ==
        "week,bron,campagne,meldingen\n"
        "2026-W53,website,,3\n"
        "2027-W01,buurthuis-de-kroon,huisarts-centrum,12\n");
  CHECK(WeekCountsJson(counts) ==
        "[\n"
        "{\"week\":\"2026-W53\",\"bron\":\"website\",\"campagne\":\"\",\"meldingen\":3},\n"
        "{\"week\":\"2027-W01\",\"bron\":\"buurthuis-de-kroon\",\"campagne\":\"huisarts-centrum\",\"meldingen\":12}\n"
        "]\n");
  CHECK(WeekCountsCsv({}) == "week,bron,campagne,meldingen\n");
  CHECK(WeekCountsJson({}) == "[]\n");
}

TEST_CASE("Counts read back from CSV, also after a spreadsheet saved them with semicolons and quotes", "[week_counts]") {
  Diagnostics diagnostics;
  std::vector<WeekCount> written = {{IsoWeek{2027, 5}, "website", "apotheek-zuid", 7}};
  std::vector<CountLine> read = ParseWeekCountsCsv(WeekCountsCsv(written), "a.csv", &diagnostics);
  REQUIRE(read.size() == 1);
  CHECK(read[0].line == 2);
  CHECK(read[0].count.week == IsoWeek{2027, 5});
  CHECK(read[0].count.campaign == "apotheek-zuid");
  CHECK(read[0].count.reports == 7);
  read = ParseWeekCountsCsv("\xEF\xBB\xBF\"week\";\"bron\";\"campagne\";\"meldingen\"\r\n\"2027-W06\";\"website\";\"\";\"4\"\r\n",
                            "b.csv", &diagnostics);
  REQUIRE(read.size() == 1);
  CHECK(read[0].count.reports == 4);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("A wrong line of a counts file names the file, the line and what to write", "[week_counts]") {
  Diagnostics diagnostics;
  ParseWeekCountsCsv("week,bron,campagne,meldingen\n2027-W54,website,,1\n2027-W05,Website!,,1\n2027-W05,website,,-2\n"
                     "2027-W05,website\n",
                     "content/resultaten/x.csv", &diagnostics);
  REQUIRE(diagnostics.all().size() == 4);
  CHECK(diagnostics.all()[0].ToString() ==
        "content/resultaten/x.csv:2: '2027-W54' is geen week; schrijf de week als jaar en weeknummer, zoals 2027-W05");
  CHECK(diagnostics.all()[1].ToString() ==
        "content/resultaten/x.csv:3: 'Website!' is geen bron; de bron is 'website' of de id van een meldzuil, zoals "
        "buurthuis-de-kroon");
  CHECK(diagnostics.all()[2].ToString() ==
        "content/resultaten/x.csv:4: '-2' is geen aantal meldingen; schrijf een heel getal, 0 of meer");
  CHECK(diagnostics.all()[3].ToString() ==
        "content/resultaten/x.csv:5: deze regel heeft 2 velden in plaats van 4; schrijf week, bron, campagne en aantal, "
        "gescheiden door komma's");
  Diagnostics header;
  ParseWeekCountsCsv("datum,aantal\n", "y.csv", &header);
  REQUIRE(header.all().size() == 1);
  CHECK(header.all()[0].ToString() ==
        "y.csv:1: de eerste regel is niet 'week,bron,campagne,meldingen'; zet hier een bestand neer dat nietpluis-kiosk "
        "statistiek maakte");
}

}  // namespace
}  // namespace nietpluis
