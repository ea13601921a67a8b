/**
 * A CSL 1.0.2 style (the XML below is the style; this module only carries it
 * so the bundled app, the CLI under tsx and the tests all load it the same
 * way). Chicago notes and bibliography (CMOS 14.111, 14.117) for a document
 * in a documentary edition, covering the CSL-JSON fields Chancery exports.
 * To use the official chicago-note-bibliography.csl instead, register its
 * text under the same name in csl-render.ts.
 */
export const CHICAGO_DOCUMENTS_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" page-range-format="chicago" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style (notes and bibliography), documents in documentary editions — Chancery</title>
    <id>chancery-chicago-documents</id>
    <category citation-format="note"/>
    <category field="history"/>
    <rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
    <updated>2026-12-04T00:00:00+00:00</updated>
  </info>
  <macro name="sender">
    <names variable="author"><name and="text" delimiter=", "/></names>
  </macro>
  <macro name="sent">
    <group delimiter=", ">
      <text variable="genre"/>
      <text variable="event-place"/>
      <date variable="issued" form="text" date-parts="year-month-day"/>
    </group>
  </macro>
  <macro name="edition">
    <group delimiter=", ">
      <text variable="container-title" font-style="italic"/>
      <group delimiter=" "><text term="volume" form="short"/><text variable="volume"/></group>
      <group delimiter=" "><text value="doc."/><text variable="number"/></group>
      <group delimiter=" "><label variable="page" form="short"/><text variable="page"/></group>
    </group>
  </macro>
  <citation>
    <layout suffix="." delimiter="; ">
      <group delimiter=", ">
        <text variable="title" quotes="true"/>
        <text macro="sent"/>
        <group delimiter=" "><text term="in"/><text macro="edition"/></group>
        <text variable="URL"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <sort>
      <key macro="sender"/>
      <key variable="issued"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="sender"/>
        <text variable="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="genre" text-case="capitalize-first"/>
          <text variable="event-place"/>
          <date variable="issued" form="text" date-parts="year-month-day"/>
        </group>
        <group delimiter=" "><text term="in" text-case="capitalize-first"/><text macro="edition"/></group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
