#!/usr/bin/env python3
"""Writes data/dataset/country.csv from the Unicode CLDR JSON packages (npm: cldr-core, cldr-localenames-full).

    npm pack cldr-core@48.2.0 cldr-localenames-full@48.2.0   # then unpack both
    data/tools/country_table.py CLDR_CORE_DIR CLDR_LOCALENAMES_DIR > data/dataset/country.csv

Every ISO 3166-1 country or territory that CLDR places in a UN M49 sub-region, with
- iso2: the alpha-2 code; iso_numeric: the ISO 3166-1 numeric code (supplemental/codeMappings.json), which is
  the id Natural Earth and world-atlas give each country shape;
- name_en, name_zh_hant, name_zh_hans: CLDR's territory names in en, zh-Hant (Taiwan usage) and zh (mainland);
  the short forms CLDR lists for Hong Kong, Macao and Palestine, whose full names are long official titles;
- region: the M49 sub-region, grouped into the regions an investor reads (Western Asia = the Middle East).
"""
import csv
import json
import sys

REGION_OF_SUBREGION = {
    '030': 'east-asia', '035': 'southeast-asia', '034': 'south-asia', '143': 'central-asia', '145': 'middle-east',
    '021': 'north-america', '013': 'latin-america', '029': 'latin-america', '005': 'latin-america',
    '154': 'europe', '155': 'europe', '151': 'europe', '039': 'europe',
    '015': 'africa', '011': 'africa', '017': 'africa', '014': 'africa', '018': 'africa',
    '053': 'oceania', '054': 'oceania', '057': 'oceania', '061': 'oceania', 'QO': 'antarctica',
}
SHORT_FORMS = {'HK', 'MO', 'PS'}


def names(locales_dir, locale):
    with open(f'{locales_dir}/main/{locale}/territories.json', encoding='utf-8') as f:
        return json.load(f)['main'][locale]['localeDisplayNames']['territories']


def main(core_dir, locales_dir):
    with open(f'{core_dir}/supplemental/territoryContainment.json', encoding='utf-8') as f:
        containment = json.load(f)['supplemental']['territoryContainment']
    with open(f'{core_dir}/supplemental/codeMappings.json', encoding='utf-8') as f:
        codes = json.load(f)['supplemental']['codeMappings']
    en, hant, hans = names(locales_dir, 'en'), names(locales_dir, 'zh-Hant'), names(locales_dir, 'zh')
    rows = []
    for subregion, region in REGION_OF_SUBREGION.items():
        for iso2 in containment[subregion]['_contains']:
            numeric = codes.get(iso2, {}).get('_numeric')
            if not numeric or int(numeric) >= 900:  # no ISO 3166-1 country: AC, CP, DG, TA; XK is user-assigned
                continue
            def name(table):
                return table.get(iso2 + '-alt-short', table[iso2]) if iso2 in SHORT_FORMS else table[iso2]
            rows.append([iso2, int(numeric), name(en), name(hant), name(hans), region])
    rows.sort()
    out = csv.writer(sys.stdout, lineterminator='\n')
    out.writerow(['iso2', 'iso_numeric', 'name_en', 'name_zh_hant', 'name_zh_hans', 'region'])
    out.writerows(rows)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
