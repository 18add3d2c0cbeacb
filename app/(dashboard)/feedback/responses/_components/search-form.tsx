import Form from "next/form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input, Label } from "@/components/ui/input";
import { MAX_QUERY_LENGTH } from "@/lib/domain/feedback";
import { scopeEntries, type ResponsesScope } from "./scope";

/**
 * A plain GET form (next/form navigates client-side when it can): the words and "comments only"
 * are the fields; every other condition rides along hidden, and the page cursor is dropped.
 */
export function SearchForm({ scope }: { scope: ResponsesScope }) {
  const kept = scopeEntries({ ...scope, q: "", comments: false });
  return (
    <Form action="/feedback/responses" role="search" aria-label="Search comments" className="flex flex-wrap items-end gap-x-4 gap-y-2">
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="w-full max-w-md min-w-0 sm:w-auto sm:flex-1">
        <Label htmlFor="responses-q">Search comments</Label>
        <Input
          id="responses-q"
          name="q"
          type="search"
          defaultValue={scope.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="e.g. delivery, refund, rude"
          autoComplete="off"
          aria-describedby="responses-q-hint"
          className="mt-1.5 h-9"
        />
      </div>
      <div className="flex h-9 items-center gap-2">
        <Checkbox id="responses-comments" name="comments" value="1" defaultChecked={scope.comments} />
        <Label htmlFor="responses-comments" className="font-normal">
          Comments only
        </Label>
      </div>
      <Button type="submit" size="sm" variant="secondary" className="h-9">
        Search
      </Button>
      <p id="responses-q-hint" className="w-full text-xs text-muted-foreground">
        Finds words and their forms in comments; a search always shows only responses with a comment.
      </p>
    </Form>
  );
}
