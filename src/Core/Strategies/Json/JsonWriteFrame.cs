using System.Collections;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>One open JSON array or object on the writer's explicit stack.</summary>
    internal struct JsonWriteFrame
    {
        /// <summary>The value being written; for a wrapper, the wrapped value.</summary>
        public object Source;

        /// <summary>For an array: the source's enumerator. Null for an object.</summary>
        public IEnumerator? Items;

        /// <summary>For an array: the index of the next element.</summary>
        public int Index;

        /// <summary>For an object: its members are the slice [MemberStart, End) of the shared member buffer; Next is the next one to write.</summary>
        public int MemberStart;

        public int Next;

        public int End;

        /// <summary>Where this frame's values start in the ancestor list, for cycle detection.</summary>
        public int AncestorStart;

        /// <summary>This frame's entry in the path table.</summary>
        public int Path;
    }
}
