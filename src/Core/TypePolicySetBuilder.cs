using System;
using System.Collections.Generic;
using DeepCopy.Core.Policies;

namespace DeepCopy.Core
{
    /// <summary>
    /// Collects type policies for a <see cref="TypePolicySet"/>. A type may appear once; setting it again replaces its
    /// policy in place. Each method checks its arguments at once, so a bad policy fails here, not in the middle of a copy.
    /// </summary>
    public sealed class TypePolicySetBuilder
    {
        private readonly List<KeyValuePair<Type, TypePolicy>> _entries;
        private readonly TypePolicySet? _fallback;

        public TypePolicySetBuilder()
        {
            _entries = new List<KeyValuePair<Type, TypePolicy>>();
        }

        internal TypePolicySetBuilder(IEnumerable<KeyValuePair<Type, TypePolicy>> entries, TypePolicySet? fallback)
        {
            _entries = new List<KeyValuePair<Type, TypePolicy>>(entries);
            _fallback = fallback;
        }

        public int Count => _entries.Count;

        /// <summary>Sets <paramref name="policy"/> for <paramref name="type"/> and its subtypes.</summary>
        /// <exception cref="ArgumentException">The type is a struct, a built-in immutable type, open generic, or (for Clone) not <see cref="ICloneable"/>.</exception>
        public TypePolicySetBuilder Set(Type type, TypePolicy policy)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            TypePolicyRules.Validate(type, policy);
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].Key == type)
                {
                    _entries[i] = new KeyValuePair<Type, TypePolicy>(type, policy);
                    return this;
                }
            }

            _entries.Add(new KeyValuePair<Type, TypePolicy>(type, policy));
            return this;
        }

        public TypePolicySetBuilder Copy(Type type) => Set(type, TypePolicy.Copy);

        public TypePolicySetBuilder Share(Type type) => Set(type, TypePolicy.Share);

        public TypePolicySetBuilder SetNull(Type type) => Set(type, TypePolicy.Null);

        public TypePolicySetBuilder Throw(Type type) => Set(type, TypePolicy.Throw);

        public TypePolicySetBuilder Clone(Type type) => Set(type, TypePolicy.Clone);

        public TypePolicySetBuilder Custom(Type type, Func<object, DeepCopyContext, object?> copier) => Set(type, TypePolicy.Custom(copier));

        public TypePolicySetBuilder Custom(Type type, Func<object, object?> copier) => Set(type, TypePolicy.Custom(copier));

        /// <summary>Removes the entry for exactly <paramref name="type"/>; false when there was none.</summary>
        public bool Remove(Type type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].Key == type)
                {
                    _entries.RemoveAt(i);
                    return true;
                }
            }

            return false;
        }

        public TypePolicySet Build() =>
            _entries.Count == 0 && _fallback is null ? TypePolicySet.Empty : new TypePolicySet(_entries.ToArray(), _fallback);
    }
}
