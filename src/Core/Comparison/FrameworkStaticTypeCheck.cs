using System;
using System.Threading;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Whether objects of one reference type may be class-library statics that a copy keeps (<see cref="FrameworkStatics"/>):
    /// true only for the types some listed static is of (object, Missing, a state table's array type...), so objects of
    /// other types are never looked up. The answer is kept until more statics are listed.
    /// </summary>
    internal sealed class FrameworkStaticTypeCheck
    {
        private readonly Type _type;

        // PERF: one int holds the list's version and the answer, so a thread never reads one without the other.
        private int _state = -2;

        public FrameworkStaticTypeCheck(Type type)
        {
            _type = type;
        }

        public bool MayBeStatic
        {
            get
            {
                var version = KnownFrameworkStatics.Version;
                var state = Volatile.Read(ref _state);
                if (state >> 1 != version)
                {
                    state = (version << 1) | (KnownFrameworkStatics.HasValuesOf(_type) ? 1 : 0);
                    Volatile.Write(ref _state, state);
                }

                return (state & 1) != 0;
            }
        }
    }
}
