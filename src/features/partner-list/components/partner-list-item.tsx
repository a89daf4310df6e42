import { memo } from 'react';
import type { Labels } from '@/hooks/use-labels';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { otherLang } from '@/i18n/i18n';
import { NativeNames } from '@/components/ui/native-names';
import { nativeNamesToShow } from '@/lib/partners/native-name';

interface Props {
  partner: Partner;
  /** Colour of the partner's primary field. */
  color: string;
  labels: Labels;
  selected: boolean;
}

export const PartnerListItem = memo(function PartnerListItem({
  partner: p,
  color,
  labels,
  selected,
}: Props) {
  const select = useUiStore((s) => s.select);
  const hover = useUiStore((s) => s.hover);
  const other = otherLang(labels.lang);
  const date = labels.date(p);
  return (
    <li className="partner-item">
      <button
        type="button"
        className="partner-button"
        aria-current={selected ? 'true' : undefined}
        data-partner-id={p.id}
        onClick={() => select(p.id)}
        onMouseEnter={() => hover(p.id)}
        onMouseLeave={() => hover(null)}
      >
        <span className="swatch" style={{ background: color }} aria-hidden="true" />
        <span className="partner-text">
          <span className="partner-name">
            <span>{p.name[labels.lang]}</span>
            <NativeNames
              before=" · "
              names={nativeNamesToShow(p.nativeName, [p.name[labels.lang], p.name[other]])}
            />
          </span>
          {p.name[other] !== p.name[labels.lang] && (
            <span className="partner-alt" lang={other}>
              {p.name[other]}
            </span>
          )}
          <span className="partner-meta">
            {labels.country(p.country)}
            {date && ` · ${date}`}
            {` · ${labels.relation(p.relation)}`}
          </span>
        </span>
      </button>
    </li>
  );
});
