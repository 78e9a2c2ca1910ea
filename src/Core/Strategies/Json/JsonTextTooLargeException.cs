using System;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Thrown by <see cref="PooledByteBufferWriter"/> through Utf8JsonWriter when the text would pass its limit. Never
    /// leaves the strategy: <see cref="JsonGraphWriter"/> turns it into a SizeLimitExceeded error with the path it was
    /// writing, which the buffer cannot know. Not an InvalidOperationException, which the DOM text reader catches.
    /// </summary>
    internal sealed class JsonTextTooLargeException : Exception
    {
        public JsonTextTooLargeException(int limit)
            : base("The JSON text of the graph would pass " + limit + " bytes.")
        {
            Limit = limit;
        }

        public int Limit { get; }
    }
}
