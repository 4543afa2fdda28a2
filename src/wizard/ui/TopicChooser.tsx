/**
 * "Choose the topic yourself": every topic, grouped by category, narrowed as the person types.
 * Plain radios in one group (arrow keys move through the list), a labelled filter, and a status
 * line that says how many topics are left, for screen readers too.
 */
import { useState } from 'preact/hooks';
import { FIELDS } from '../fields.ts';
import { filterTopics } from '../topic-filter.ts';
import type { WizardData } from '../wizard-data.ts';
import { describedBy, FieldMessages } from './FieldMessages.tsx';

interface Props {
  catalogue: WizardData['catalogue'];
  value: string | null | undefined;
  onChange: (topic: string) => void;
  error?: string | undefined;
}

export function TopicChooser({ catalogue, value, onChange, error }: Props) {
  const [filter, setFilter] = useState('');
  const groups = filterTopics(catalogue, filter);
  const count = groups.reduce((sum, group) => sum + group.topics.length, 0);
  const { id } = FIELDS.topicChoice;
  const hint = 'Type a word to narrow the list, then choose a topic.';
  return (
    <div class={error ? 'field field-error topic-chooser' : 'field topic-chooser'}>
      <label for={id}>Find a topic</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        type="search"
        id={id}
        value={filter}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={describedBy({ id, hint, error })}
        aria-controls="topic-choices"
        onInput={(event) => setFilter(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter in the filter narrows the list; it must not press the step's Continue.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <p role="status" class="meta">
        {count === 0 ? 'No topic matches: try another word.' : `${count} ${count === 1 ? 'topic' : 'topics'}`}
      </p>
      <div id="topic-choices">
        {groups.map(({ category, topics }) => (
          <fieldset key={category.id} class="topic-group">
            <legend>{category.title}</legend>
            <div class="radios small">
              {topics.map((topic) => (
                <div class="radio" key={topic.id}>
                  <input
                    type="radio"
                    id={`topic-choice-${topic.id}`}
                    name="topic-choice"
                    value={topic.id}
                    checked={value === topic.id}
                    onChange={() => onChange(topic.id)}
                  />
                  <label for={`topic-choice-${topic.id}`}>{topic.title}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </div>
  );
}
