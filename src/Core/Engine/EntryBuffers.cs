using System;
using System.Collections;
using System.Collections.Generic;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Scratch arrays of <see cref="DictionaryEntry"/> that hashtable handlers snapshot entries into instead of
    /// allocating an enumerator per hashtable. Owned by one context, so a pooled context reuses them; a stack of free
    /// buffers, because a key that is itself a hashtable is copied while its parent's buffer is still in use.
    /// </summary>
    internal sealed class EntryBuffers
    {
        /// <summary>Buffers longer than this are not kept, so one huge hashtable does not pin its snapshot.</summary>
        private const int MaxKeptLength = 1 << 16;

        private readonly Stack<DictionaryEntry[]> _free = new Stack<DictionaryEntry[]>();

        public DictionaryEntry[] Rent(int minimumLength)
        {
            while (_free.Count > 0)
            {
                var candidate = _free.Pop();
                if (candidate.Length >= minimumLength)
                {
                    return candidate;
                }
            }

            return new DictionaryEntry[Math.Max(minimumLength, 16)];
        }

        public void Return(DictionaryEntry[] buffer, int used)
        {
            // Drop references into the source graph before the buffer waits for its next use.
            Array.Clear(buffer, 0, used);
            if (buffer.Length <= MaxKeptLength)
            {
                _free.Push(buffer);
            }
        }
    }
}
