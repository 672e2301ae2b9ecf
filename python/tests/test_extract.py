"""Which code the reward scores out of a completion (no process needed)."""

import unittest

import support  # noqa: F401  (puts the package on the path)
from cadforge_client import completion_text, extract_code

MODEL = "const main = () => makeBox([0, 0, 0], [1, 1, 1]);\n"


class ExtractCode(unittest.TestCase):
    def test_bare_code_is_the_code(self):
        self.assertEqual(extract_code(MODEL), MODEL)

    def test_each_code_fence_tag_counts(self):
        for tag in ("js", "javascript", "ts", "typescript", "", "JS", "ts title=model.ts"):
            with self.subTest(tag=tag):
                self.assertEqual(extract_code(f"Model:\n```{tag}\n{MODEL}```\nDone."), MODEL)

    def test_blocks_in_other_languages_are_passed_over(self):
        self.assertEqual(extract_code(f"```bash\nnpx cadforge\n```\n```js\n{MODEL}```\n```json\n{{}}\n```"), MODEL)

    def test_the_last_block_with_main_wins(self):
        draft = "const main = () => null;\n"
        helper = "const unused = 1;\n"
        self.assertEqual(extract_code(f"```js\n{draft}```\nBetter:\n```ts\n{MODEL}```\nAnd a helper:\n```js\n{helper}```"), MODEL)

    def test_without_main_the_last_block_wins(self):
        self.assertEqual(extract_code("```js\nconst a = 1;\n```\n```js\nconst b = 2;\n```"), "const b = 2;\n")

    def test_a_fence_left_open_runs_to_the_end(self):
        self.assertEqual(extract_code("```javascript\nconst main = () => {\n  return"), "const main = () => {\n  return")

    def test_tilde_fences_and_longer_fences(self):
        self.assertEqual(extract_code(f"~~~js\n{MODEL}~~~"), MODEL)
        self.assertEqual(extract_code(f"````js\n{MODEL}```\n````"), MODEL + "```\n")

    def test_prose_and_nothing_are_sent_as_they_are(self):
        self.assertEqual(extract_code("I cannot help with that."), "I cannot help with that.")
        self.assertEqual(extract_code(""), "")
        self.assertEqual(extract_code(None), "")
        self.assertEqual(extract_code("```python\nprint(1)\n```"), "```python\nprint(1)\n```")


class CompletionText(unittest.TestCase):
    def test_chat_messages_give_the_assistant_text_in_order(self):
        messages = [
            {"role": "assistant", "content": f"```js\n{MODEL}```"},
            {"role": "tool", "content": "```js\nconst main = () => fromTool;\n```"},
            {"role": "assistant", "content": "Done."},
        ]
        self.assertEqual(completion_text(messages), f"```js\n{MODEL}```\n\nDone.")
        self.assertEqual(extract_code(messages), MODEL)

    def test_content_parts_and_odd_messages(self):
        self.assertEqual(completion_text([{"role": "assistant", "content": [{"type": "text", "text": "a"}, {"type": "image"}, {"type": "text", "text": "b"}]}]), "ab")
        self.assertEqual(completion_text([{"content": "no role"}]), "no role")
        self.assertEqual(completion_text([{"role": "assistant", "content": None}]), "")
        self.assertEqual(completion_text({"role": "assistant", "content": MODEL}), MODEL)


if __name__ == "__main__":
    unittest.main()
