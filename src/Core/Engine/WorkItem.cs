using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>An object whose shell exists and is registered, waiting for its fields or entries to be copied.</summary>
    internal struct WorkItem
    {
        public object Source;
        public object Copy;
        public TypePlan Plan;

        /// <summary>The object's own entry in the path table.</summary>
        public int Path;

        /// <summary>
        /// The path table's count when the item was pushed. Everything pushed later is finished by the time the item
        /// is popped (the stack is last in, first out), so the entries from here on can be dropped then.
        /// </summary>
        public int PathMark;

        /// <summary>For a large array filled slice by slice: the first element still to copy.</summary>
        public int Start;
    }
}
