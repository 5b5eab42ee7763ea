/// The one stylesheet of every HTML page Enact writes, embedded by ``HTMLPage``: statute typography for Japanese
/// (Mincho, full-width indents) and English (serif, hanging numbers) with a readable measure on screen; the
/// comparative tables of diffs and concordances (struck and inserted words); amendments with their quoted
/// provisions; and print rules (page breaks, no link colours).
enum PageStyleSheet {
    static let css = """
        :root { --measure: 46rem; --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d0d0d0; --link: #0b4f8a; }
        body { margin: 2rem auto; max-width: var(--measure); padding: 0 1rem; color: var(--ink); line-height: 1.7; }
        body.latin { font-family: "Times New Roman", "Liberation Serif", Georgia, serif; }
        body.ja { font-family: "Hiragino Mincho ProN", "Yu Mincho", "Noto Serif CJK JP", "IPAexMincho", serif; line-break: strict; }
        h1.title { font-size: 1.5rem; text-align: center; margin-bottom: 1.5rem; }
        h2, h3, h4, h5, h6 { font-size: 1.05rem; margin: 1.6rem 0 .6rem; }
        section.part > h2, section.chapter > h2, section.chapter > h3, section.title > h2 { text-align: center; }
        body.ja section.chapter > h2, body.ja section.chapter > h3 { margin-left: 3em; text-align: left; }
        body.ja section.section > h3, body.ja section.section > h4 { margin-left: 4em; }
        article { margin: 1rem 0; }
        article > h3 { display: inline; font-size: 1rem; margin: 0; }
        article > h3.num + p.text { display: inline; }
        p.caption { margin: 1rem 0 0 1em; }
        body.ja article > h3.num::after { content: "\\3000"; }
        body.latin article > h3.num::after { content: " "; }
        p.text { margin: 0; }
        article > h3 + div.paragraph, article > h3 + div.paragraph > p { display: inline; }
        article > h3 + div.paragraph > p { margin: 0; text-indent: 0; }
        div.paragraph > p, div.subsection > p { margin: .2rem 0 .2rem 1em; text-indent: -1em; }
        div.item > p, div.paragraph div.paragraph > p, div.subparagraph > p { margin: .2rem 0 .2rem 2em; text-indent: -1em; }
        div.subitem > p, div.clause > p { margin: .2rem 0 .2rem 3em; text-indent: -1em; }
        div.subitem2 > p, div.subclause > p, div.subsubparagraph > p { margin: .2rem 0 .2rem 4em; text-indent: -1em; }
        div.subitem3 > p, div.item div.item > p { margin: .2rem 0 .2rem 5em; text-indent: -1em; }
        span.num { font-weight: normal; }
        dfn { font-style: normal; font-weight: bold; }
        a { color: var(--link); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        a.term { color: inherit; border-bottom: 1px dotted var(--muted); }
        cite.ref { font-style: normal; }
        aside.annotations { border-left: 3px solid var(--rule); color: var(--muted); font-size: .9rem; margin: .4rem 0 .4rem 1em; padding-left: .8rem; }
        aside.annotations p { margin: .2rem 0; text-indent: 0; }
        dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; color: var(--muted); }
        dl.metadata dd { margin: 0; }
        nav.toc ol { list-style: none; padding-left: 1.2em; }
        nav.toc > ol { padding-left: 0; }
        section.supplementary > h2, section.schedule > h2 { margin-left: 3em; }
        body.comparison { max-width: none; margin: 2rem; }
        table.comparison { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        table.comparison th, table.comparison td { border: 1px solid var(--rule); padding: .4em .6em; vertical-align: top; text-align: left; }
        table.comparison td.text { white-space: pre-wrap; width: 45%; }
        del { background: #fdd; text-decoration: line-through; }
        ins { background: #dfd; text-decoration: none; font-weight: bold; }
        .kind { font-family: sans-serif; font-size: .85em; }
        ol.instructions blockquote { border-left: 3px solid var(--rule); margin: .5em 0 1em 1.5em; padding-left: 1em; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          a, a.term { color: inherit; border: 0; }
          nav.toc { page-break-after: always; }
          article, div.paragraph { page-break-inside: avoid; }
          section.supplementary { page-break-before: always; }
          aside.annotations { display: none; }
        }

        """
}
