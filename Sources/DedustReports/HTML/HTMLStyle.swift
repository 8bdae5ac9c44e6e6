/// The report's inline style sheet (no external fonts or files): readable on screen and when printed.
enum HTMLStyle {
    static let css = """
    body { font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #222; margin: 24px auto;
           max-width: 1320px; padding: 0 16px; line-height: 1.4; }
    h1 { font-size: 22px; margin-bottom: 4px; }
    h2 { font-size: 18px; border-bottom: 2px solid #0072B2; padding-bottom: 3px; margin-top: 32px; }
    h3 { font-size: 15px; margin: 18px 0 6px; }
    p.meta, p.note { color: #555; margin: 4px 0; }
    table { border-collapse: collapse; margin: 8px 0 12px; font-size: 13px; }
    th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: right; white-space: nowrap; }
    th { background: #f0f4f8; white-space: normal; vertical-align: bottom; }
    td.l, th.l { text-align: left; }
    td.l { white-space: normal; }
    td.pass { background: #d9f2e3; color: #0b5d2b; font-weight: bold; }
    td.fail { background: #fbdada; color: #8a0010; font-weight: bold; }
    td.na { color: #999; }
    td.checks { white-space: normal; text-align: left; min-width: 260px; max-width: 420px; }
    tr.best td { background: #fffbe6; }
    .badge { display: inline-block; padding: 1px 6px; border-radius: 3px; margin: 1px; font-size: 12px; }
    .badge.pass { background: #d9f2e3; color: #0b5d2b; }
    .badge.fail { background: #fbdada; color: #8a0010; }
    .charts { display: flex; flex-wrap: wrap; gap: 12px; }
    .charts svg { border: 1px solid #e4e4e4; }
    ul.warnings li { color: #7a4b00; }
    code { background: #f4f4f4; padding: 0 3px; }
    ol.references li { margin: 2px 0; max-width: 1100px; }
    """
}
