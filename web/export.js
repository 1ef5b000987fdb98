// export.js — reports made in the browser from the analysis (schema newsprism.analysis/1) and
// the texts its offsets refer to: Markdown, CSV (entities; measures) and a standalone HTML
// report with highlights. Every piece of article text is escaped (HTML) or neutralized (CSV
// cells starting with = + - @ get a leading ' so spreadsheets do not run them as formulas).
//
// Index
//   1. Text helpers (UTF-8 byte offsets over JS strings, escaping)
//   2. Field formatting shared by all reports
//   3. CSV
//   4. Markdown
//   5. HTML report
(function (root) {
  'use strict';

  // ---- 1. Text helpers ---------------------------------------------------------------------
  // Offsets in the analysis are UTF-8 bytes; a Source slices the encoded text.
  function Source(text) {
    this.bytes = new TextEncoder().encode(text || '');
    this.dec = new TextDecoder('utf-8');
  }
  Source.prototype.slice = function (a, b) {
    a = Math.max(0, Math.min(a | 0, this.bytes.length));
    b = Math.max(a, Math.min(b | 0, this.bytes.length));
    return this.dec.decode(this.bytes.subarray(a, b));
  };

  var HTML_ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function escHtml(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return HTML_ESC[c]; }); }
  function escMd(s) { return String(s == null ? '' : s).replace(/([\\`*_{}\[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' '); }

  // ---- 2. Field formatting -------------------------------------------------------------------
  function brief(v) {
    if (v == null) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return v.map(brief).filter(Boolean).join(', ');
    return Object.keys(v).map(function (k) { var s = brief(v[k]); return s ? k + ': ' + s : ''; }).filter(Boolean).join('; ');
  }
  function rate(r) {
    if (r == null) return '';
    if (typeof r === 'number') return String(r);
    if (typeof r !== 'object' || typeof r.value !== 'number') return brief(r);
    // a range of rates ("between 15% and 41%") reads "15–41%"
    var v = typeof r.max === 'number' ? r.value + '\u2013' + r.max : String(r.value);
    if (r.unit === 'percent' || r.unit === '%') return v + '%';
    if (r.unit === 'USD') return '$' + v;
    return v + (r.unit ? ' ' + r.unit : '');
  }
  function entityName(doc, ref) {
    if (ref == null) return '';
    if (typeof ref === 'number') {
      var e = (doc.entities || []).find(function (x) { return x.id === ref; });
      return e ? e.name : '#' + ref;
    }
    return brief(ref);
  }
  function docTitle(doc, i) { return doc.title || doc.id || 'Document ' + (i + 1); }
  function removedSegments(doc) { return (doc.segments || []).filter(function (s) { return s.status && s.status !== 'kept'; }); }
  function dedupSentence(doc) {
    var st = doc.stats || {}, rem = removedSegments(doc);
    if (!rem.length) return 'Nothing repeated and no boilerplate: the whole input was kept.';
    var dup = rem.filter(function (s) { return s.status === 'duplicate'; }).length;
    var frac = typeof st.repeated_fraction === 'number' ? st.repeated_fraction : 0;
    return Math.round(frac * 100) + '% of the input was repeated; ' + dup + ' repeated part' + (dup === 1 ? '' : 's') +
      ' and ' + (rem.length - dup) + ' boilerplate line' + (rem.length - dup === 1 ? '' : 's') + ' removed.';
  }
  function speaker(doc, q) { return q.speaker_name || entityName(doc, q.speaker) || 'unattributed'; }

  // ---- 3. CSV --------------------------------------------------------------------------------
  function csvCell(v) {
    var s = v == null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // formula injection: make it plain text
    if (/[",\r\n]/.test(s)) s = '"' + s.replace(/"/g, '""') + '"';
    return s;
  }
  function csv(rows) { return rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n'; }

  function entitiesCsv(a) {
    var rows = [['document', 'id', 'name', 'type', 'role', 'affiliation', 'count', 'aliases']];
    (a.documents || []).forEach(function (d, i) {
      (d.entities || []).forEach(function (e) {
        rows.push([d.id || String(i + 1), e.id, e.name, e.type, e.role || '', entityName(d, e.affiliation), e.count,
          (e.aliases || []).join('; ')]);
      });
    });
    return csv(rows);
  }

  function measuresCsv(a, texts) {
    var rows = [['document', 'id', 'kind', 'rate', 'change', 'imposer', 'target', 'goods', 'reason', 'status', 'time',
      'condition', 'evidence']];
    (a.documents || []).forEach(function (d, i) {
      var src = new Source(texts && texts[i]);
      (d.measures || []).forEach(function (m) {
        var ev = (m.evidence || []).map(function (s) { return src.slice(s.start, s.end); }).join(' | ');
        rows.push([d.id || String(i + 1), m.id, m.kind, rate(m.rate), brief(m.change), entityName(d, m.imposer) || m.imposer_name || '',
          entityName(d, m.target) || m.target_name || '', brief(m.goods), brief(m.reason), brief(m.status), brief(m.time), brief(m.condition), ev]);
      });
    });
    return csv(rows);
  }

  // ---- 4. Markdown ---------------------------------------------------------------------------
  function markdown(a, texts) {
    var out = ['# NewsPrism report', '', '_Analysis ' + escMd(a.schema || '') + ', NewsPrism ' + escMd(a.version || '') + '_', ''];
    (a.documents || []).forEach(function (d, i) {
      var src = new Source(texts && texts[i]);
      out.push('## ' + escMd(docTitle(d, i)), '', dedupSentence(d), '');
      if ((d.summary || []).length) {
        out.push('### Summary', '');
        d.summary.slice().sort(function (x, y) { return x.start - y.start; })
          .forEach(function (s) { out.push('- ' + escMd(src.slice(s.start, s.end))); });
        out.push('');
      }
      out.push('### Clean text', '');
      (d.segments || []).forEach(function (s) { if (!s.status || s.status === 'kept') out.push(escMd(src.slice(s.start, s.end)), ''); });
      var rem = removedSegments(d);
      if (rem.length) {
        out.push('### Removed', '');
        rem.forEach(function (s) { out.push('- ~~' + escMd(src.slice(s.start, s.end)) + '~~ — ' + escMd(s.reason || s.status)); });
        out.push('');
      }
      if ((d.entities || []).length) {
        out.push('### Entities', '', '| Name | Type | Role | Mentions |', '|---|---|---|---:|');
        d.entities.slice().sort(function (x, y) { return y.count - x.count; }).forEach(function (e) {
          out.push('| ' + escMd(e.name) + ' | ' + escMd(e.type) + ' | ' + escMd(e.role || '') + ' | ' + e.count + ' |');
        });
        out.push('');
      }
      if ((d.measures || []).length) {
        out.push('### Measures', '', '| Kind | Rate | Imposer → target | Goods | Reason | Status | Time |', '|---|---|---|---|---|---|---|');
        d.measures.forEach(function (m) {
          out.push('| ' + [m.kind, rate(m.rate), (entityName(d, m.imposer) || m.imposer_name || '?') + ' → ' + (entityName(d, m.target) || m.target_name || '?'), brief(m.goods),
            brief(m.reason), brief(m.status), brief(m.time)].map(escMd).join(' | ') + ' |');
        });
        out.push('');
      }
      if ((d.issues || []).length) {
        out.push('### Issues', '');
        d.issues.slice().sort(function (x, y) { return y.salience - x.salience; }).forEach(function (is, k) {
          out.push((k + 1) + '. **' + escMd(is.label || is.id) + '** (salience ' + Number(is.salience || 0).toFixed(2) + ')');
          (is.key_sentences || []).forEach(function (s) { out.push('   - ' + escMd(src.slice(s.start, s.end))); });
        });
        out.push('');
      }
      if ((d.quotes || []).length) {
        out.push('### Quotes', '');
        d.quotes.forEach(function (q) { out.push('> ' + escMd(q.text || src.slice(q.start, q.end)) + ' — ' + escMd(speaker(d, q)), ''); });
      }
    });
    return out.join('\n') + '\n';
  }

  function cleanText(a) {
    return (a.documents || []).map(function (d) { return d.clean_text || ''; }).join('\n\n\n');
  }

  // ---- 5. HTML report -------------------------------------------------------------------------
  var TYPE_COLORS = { PERSON: '#cfe0ff', ORG: '#ffe0c2', GPE: '#d2f5da', LOC: '#cdf2f2', NORP: '#ead9ff',
    DATE: '#f3f0c4', PERCENT: '#ffd6e6', MONEY: '#fde9b5' };
  var TYPE_WORDS = { PERSON: 'person', ORG: 'organization', GPE: 'country or city', LOC: 'place', NORP: 'nationality or group',
    DATE: 'date', PERCENT: 'percentage', MONEY: 'money' };

  // One segment's text with <mark>s for the mentions inside it.
  function markedHtml(src, seg, mentions, names) {
    var out = '', p = seg.start;
    mentions.forEach(function (m) {
      if (m.start < p || m.end > seg.end || m.start < seg.start) return;
      out += escHtml(src.slice(p, m.start));
      var word = TYPE_WORDS[m.type] || m.type.toLowerCase();
      out += '<mark class="t-' + escHtml(m.type) + '" title="' + escHtml(word + ': ' + names[m.entity]) + '">' +
        escHtml(src.slice(m.start, m.end)) + '<span class="sr"> (' + escHtml(word) + ')</span></mark>';
      p = m.end;
    });
    return out + escHtml(src.slice(p, seg.end));
  }

  function table(caption, head, rows) {
    return '<table><caption>' + escHtml(caption) + '</caption><thead><tr>' +
      head.map(function (h) { return '<th scope="col">' + escHtml(h) + '</th>'; }).join('') + '</tr></thead><tbody>' +
      rows.map(function (r) { return '<tr>' + r.map(function (c) { return '<td>' + escHtml(c) + '</td>'; }).join('') + '</tr>'; }).join('') +
      '</tbody></table>';
  }

  function htmlReport(a, texts) {
    var css = 'body{font:16px/1.55 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}' +
      'mark{border-radius:3px;padding:0 2px;color:inherit}' +
      Object.keys(TYPE_COLORS).map(function (t) { return 'mark.t-' + t + '{background:' + TYPE_COLORS[t] + '}'; }).join('') +
      '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
      'table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}' +
      'caption{text-align:left;font-weight:600;padding:4px 0}del{color:#666}.legend span{margin-right:.5rem;padding:0 4px;border-radius:3px}' +
      'blockquote{border-left:4px solid #999;margin:0.5rem 0;padding:0 0.8rem}' +
      '@media print{body{margin:0;max-width:none}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}section{break-inside:avoid-page}}';
    var h = ['<!doctype html>', '<html lang="en"><head><meta charset="utf-8">',
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<title>NewsPrism report</title><style>' + css + '</style></head><body>',
      '<header><h1>NewsPrism report</h1><p>Made in the browser by NewsPrism ' + escHtml(a.version || '') +
      ' (' + escHtml(a.schema || '') + '). Highlights: ' +
      '<span class="legend">' + Object.keys(TYPE_COLORS).map(function (t) {
        return '<span style="background:' + TYPE_COLORS[t] + '">' + escHtml(TYPE_WORDS[t]) + '</span>';
      }).join('') + '</span></p></header><main>'];
    (a.documents || []).forEach(function (d, i) {
      var src = new Source(texts && texts[i]);
      var names = {}, mentions = [];
      (d.entities || []).forEach(function (e) {
        names[e.id] = e.name;
        (e.mentions || []).forEach(function (m) { mentions.push({ start: m.start, end: m.end, type: e.type, entity: e.id }); });
      });
      mentions.sort(function (x, y) { return x.start - y.start || y.end - x.end; });
      h.push('<article aria-labelledby="doc' + i + '"><h2 id="doc' + i + '">' + escHtml(docTitle(d, i)) + '</h2>');
      h.push('<p>' + escHtml(dedupSentence(d)) + '</p>');
      if ((d.summary || []).length) {
        h.push('<section><h3>Summary</h3><ul>' + d.summary.slice().sort(function (x, y) { return x.start - y.start; })
          .map(function (s) { return '<li>' + escHtml(src.slice(s.start, s.end)) + '</li>'; }).join('') + '</ul></section>');
      }
      h.push('<section><h3>Text</h3>');
      (d.segments || []).forEach(function (s) {
        if (s.status && s.status !== 'kept') return;
        var tag = s.kind === 'heading' ? 'h4' : 'p';
        h.push('<' + tag + '>' + markedHtml(src, s, mentions, names) + '</' + tag + '>');
      });
      h.push('</section>');
      var rem = removedSegments(d);
      if (rem.length) {
        h.push('<section><h3>Removed parts</h3><ul>' + rem.map(function (s) {
          return '<li><del>' + escHtml(src.slice(s.start, s.end)) + '</del> — <em>' + escHtml(s.reason || s.status) + '</em></li>';
        }).join('') + '</ul></section>');
      }
      if ((d.entities || []).length) {
        h.push('<section>' + table('Entities', ['Name', 'Type', 'Role', 'Mentions'],
          d.entities.slice().sort(function (x, y) { return y.count - x.count; })
            .map(function (e) { return [e.name, e.type, e.role || '', e.count]; })) + '</section>');
      }
      if ((d.measures || []).length) {
        h.push('<section>' + table('Trade measures', ['Kind', 'Rate', 'Imposer', 'Target', 'Goods', 'Reason', 'Status', 'Time'],
          d.measures.map(function (m) {
            return [m.kind, rate(m.rate), entityName(d, m.imposer) || m.imposer_name || '', entityName(d, m.target) || m.target_name || '', brief(m.goods), brief(m.reason),
              brief(m.status), brief(m.time)];
          })) + '</section>');
      }
      if ((d.issues || []).length) {
        h.push('<section><h3>Issues</h3><ol>' + d.issues.slice().sort(function (x, y) { return y.salience - x.salience; })
          .map(function (is) {
            return '<li><strong>' + escHtml(is.label || is.id) + '</strong> (salience ' + escHtml(Number(is.salience || 0).toFixed(2)) + ')<ul>' +
              (is.key_sentences || []).map(function (s) { return '<li>' + escHtml(src.slice(s.start, s.end)) + '</li>'; }).join('') +
              '</ul></li>';
          }).join('') + '</ol></section>');
      }
      if ((d.quotes || []).length) {
        h.push('<section><h3>Quotes</h3>' + d.quotes.map(function (q) {
          return '<figure><blockquote>' + escHtml(q.text || src.slice(q.start, q.end)) + '</blockquote><figcaption>— ' +
            escHtml(speaker(d, q)) + '</figcaption></figure>';
        }).join('') + '</section>');
      }
      h.push('</article>');
    });
    h.push('</main></body></html>');
    return h.join('\n');
  }

  root.NPExport = { markdown: markdown, htmlReport: htmlReport, entitiesCsv: entitiesCsv, measuresCsv: measuresCsv,
    cleanText: cleanText, csvCell: csvCell, escHtml: escHtml };
})(typeof window !== 'undefined' ? window : globalThis);
