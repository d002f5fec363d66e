// The small extract the address tests share: two municipalities, letters and additions, a side address,
// a ligplaats, a renamed street, a number in another woonplaats than its street, and numbers not in use.
#pragma once

#include <vector>

#include "meldpunt/address/bag_fixture.h"

namespace nietpluis::testing {

inline constexpr std::int64_t kImportDay = 1706745600;  // 2024-02-01T00:00:00Z

inline BagMunicipality Voorbeeld() {
  BagMunicipality m;
  m.code = "0998";
  m.objects_per_file = 4;  // several XML files per type, as a real extract has
  m.woonplaatsen = {{"9001", "Voorbeeld", {}}, {"9002", "Klein Dorp", {}}};
  m.streets = {{"0998300000000001", "Kerkstraat", "9001", {}},
               {"0998300000000002", "Dorpsweg", "9002", {}},
               {"0998300000000003", "Oude Laan", "9001", {"2001-01-01", "2015-06-01", ""}},
               {"0998300000000003", "Nieuwe Laan", "9001", {"2015-06-01", "", ""}}};
  auto num = [](std::string id, std::string postcode, int number, std::string letter, std::string addition,
                std::string street, std::string place = "") {
    BagNummeraanduiding n;
    n.id = std::move(id);
    n.postcode = std::move(postcode);
    n.number = number;
    n.letter = std::move(letter);
    n.addition = std::move(addition);
    n.street_id = std::move(street);
    n.woonplaats_id = std::move(place);
    return n;
  };
  const std::string kerk = "0998300000000001", dorp = "0998300000000002", laan = "0998300000000003";
  m.numbers = {num("0998200000000001", "1012AB", 12, "", "", kerk),
               num("0998200000000002", "1012AB", 14, "A", "", kerk),
               num("0998200000000003", "1012AB", 14, "B", "", kerk),
               num("0998200000000004", "1012AB", 14, "", "1", kerk),
               num("0998200000000005", "1012AB", 16, "", "", kerk),   // its house is only being built
               num("0998200000000006", "1012AB", 18, "", "", kerk),   // name withdrawn
               num("0998200000000007", "1013CD", 2, "", "", dorp),    // a ligplaats
               num("0998200000000008", "1012AB", 20, "", "", kerk, "9002"),
               num("0998200000000009", "1012AB", 22, "", "", kerk),   // side address of number 12's house
               num("0998200000000010", "1014EF", 1, "", "", laan),
               num("0998200000000011", "1012AB", 24, "", "", kerk)};  // ended in 2020
  m.numbers[5].status = "Naamgeving ingetrokken";
  m.numbers[10].voorkomen = {"2001-01-01", "2020-01-01", ""};
  auto vbo = [](std::string id, std::vector<std::string> main, std::string status = "Verblijfsobject in gebruik") {
    BagObject o;
    o.id = std::move(id);
    o.main_addresses = std::move(main);
    o.status = std::move(status);
    return o;
  };
  m.objects = {vbo("0998010000000001", {"0998200000000001"}),
               vbo("0998010000000002", {"0998200000000002"}),
               vbo("0998010000000003", {"0998200000000003"}, "Verblijfsobject in gebruik (niet ingemeten)"),
               vbo("0998010000000004", {"0998200000000004"}),
               vbo("0998010000000005", {"0998200000000005"}, "Verblijfsobject gevormd"),
               vbo("0998010000000006", {"0998200000000006"}),
               vbo("0998010000000008", {"0998200000000008"}),
               vbo("0998010000000010", {"0998200000000010"}),
               vbo("0998010000000011", {"0998200000000011"})};
  m.objects[0].side_addresses = {"0998200000000009"};
  BagObject boat;
  boat.element = "Ligplaats";
  boat.id = "0998020000000001";
  boat.status = "Plaats aangewezen";
  boat.main_addresses = {"0998200000000007"};
  m.objects.push_back(boat);
  return m;
}

inline BagMunicipality Anderstad() {
  BagMunicipality m;
  m.code = "0999";
  m.date = "15012024";
  m.woonplaatsen = {{"9100", "Anderstad", {}}};
  m.streets = {{"0999300000000001", "Marktplein", "9100", {}}};
  for (int i = 0; i < 2; ++i) {
    BagNummeraanduiding n;
    n.id = "099920000000000" + std::to_string(i + 1);
    n.postcode = "2000AA";
    n.number = 1 + 2 * i;
    n.street_id = "0999300000000001";
    m.numbers.push_back(n);
    BagObject o;
    o.id = "099901000000000" + std::to_string(i + 1);
    o.main_addresses = {n.id};
    m.objects.push_back(o);
  }
  return m;
}

}  // namespace nietpluis::testing
