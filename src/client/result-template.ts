/**
 * The search result card in Pagefind's template language (rendered in the browser by the
 * Component UI): type and date above the title, then the excerpt and sub-results that
 * deep-link to the article section.
 */
export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="search-result__meta">{{ meta.type }}{{#if meta.date}} · {{ meta.date }}{{/if}}</p>
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;
