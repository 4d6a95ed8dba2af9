import { memo, startTransition, useState, type Ref } from "react";

interface Props {
  /** The search the view holds (the URL's): the box follows it when it changes from elsewhere (Back, a reset). */
  value: string;
  onChange: (q: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The quote search box. What is typed is the box's own state, so a key redraws the box alone; the view, the address
 * and the list follow in a transition, which React renders in slices and drops for the next key.
 */
export const QuoteSearch = memo(function QuoteSearch({ value, onChange, inputRef }: Props) {
  const [text, setText] = useState(value);
  // the view's search changed: take it, whether it is what was typed (once the transition is in) or a reset
  const [viewValue, setViewValue] = useState(value);
  if (value !== viewValue) {
    setViewValue(value);
    setText(value);
  }
  return (
    <label>
      <span>Search quotes</span>
      <input
        ref={inputRef}
        type="search"
        value={text}
        onChange={(e) => {
          const q = e.target.value;
          setText(q);
          startTransition(() => onChange(q));
        }}
        placeholder="Words, speaker, country…"
      />
    </label>
  );
});
