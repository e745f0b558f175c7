"""Answering backends behind one small protocol: `ChatModel.stream(ChatRequest)`.

`OllamaChatModel` (a local language model) and `ExtractiveChatModel` (no language model) are the
two implementations; which one answers is decided once, in wiring, from settings.
"""

from assistant.models.base import (
    NOT_RECORDED,
    ChatMessage,
    ChatModel,
    ChatModelError,
    ChatRequest,
    QuestionType,
    Source,
)

__all__ = ["NOT_RECORDED", "ChatMessage", "ChatModel", "ChatModelError", "ChatRequest", "QuestionType", "Source"]
