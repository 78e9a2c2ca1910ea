using System;
using System.Collections.Generic;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// Process-wide registrations that extend the engine: custom handlers, types shared by contract, single instances
    /// kept by every copy and types that must never be copied. Registering clears the cached type plans, so register at start-up, before copying.
    /// </summary>
    public static class DeepCopyRegistry
    {
        private static readonly object Gate = new object();
        private static DeepCopyHandler[] _handlers = Array.Empty<DeepCopyHandler>();
        private static Type[] _shared = Array.Empty<Type>();
        private static KeyValuePair<Type, string>[] _nonCopyable = Array.Empty<KeyValuePair<Type, string>>();
        private static KeyValuePair<object, string>[] _sharedInstances = Array.Empty<KeyValuePair<object, string>>();
        // Built-in adapters for types whose public properties are plumbing: System.Data's tables (views, row collections,
        // the schema), System.Text.Json's own documents (a JsonElement's ValueKind, a node's Parent) and Newtonsoft.Json's
        // (a JValue enumerates its child tokens, of which it has none).
        private static KeyValuePair<DeepCopyAttachedState, Metadata.TypePlan>[] _attachedStates =
            Array.Empty<KeyValuePair<DeepCopyAttachedState, Metadata.TypePlan>>();

        private static JsonShapeAdapter[] _jsonShapeAdapters =
        {
            new Strategies.Json.DataJsonShapeAdapter(), new Strategies.Json.JsonDomShapeAdapter(), new Strategies.Json.NewtonsoftJsonShapeAdapter(),
        };

        internal static DeepCopyHandler[] Handlers => _handlers;

        internal static Type[] SharedTypes => _shared;

        internal static KeyValuePair<Type, string>[] NonCopyableTypes => _nonCopyable;

        /// <summary>The instances registered with <see cref="RegisterSharedInstance"/>, each with its description.</summary>
        internal static KeyValuePair<object, string>[] SharedInstances => _sharedInstances;

        internal static JsonShapeAdapter[] JsonShapeAdapters => _jsonShapeAdapters;

        /// <summary>The registered attached state, each with the plan that schedules its copy step.</summary>
        internal static KeyValuePair<DeepCopyAttachedState, Metadata.TypePlan>[] AttachedStates => _attachedStates;

        /// <summary>Adds a handler. Handlers registered here are consulted before every built-in rule, in registration order.</summary>
        public static void RegisterHandler(DeepCopyHandler handler)
        {
            if (handler is null)
            {
                throw new ArgumentNullException(nameof(handler));
            }

            lock (Gate)
            {
                if (Array.IndexOf(_handlers, handler) < 0)
                {
                    _handlers = CopyOnWriteArray.Append(_handlers, handler);
                    TypePlanCache.Invalidate();
                }
            }
        }

        /// <summary>Values of <paramref name="type"/>, or of a type derived from it, are immutable by contract: the copy keeps the same reference.</summary>
        public static void RegisterShared(Type type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            lock (Gate)
            {
                if (Array.IndexOf(_shared, type) < 0)
                {
                    _shared = CopyOnWriteArray.Append(_shared, type);
                    TypePlanCache.Invalidate();
                }
            }
        }

        /// <summary>
        /// <paramref name="instance"/> is one object that code recognises by reference, a sentinel such as PowerShell's
        /// <c>PSCredential.Empty</c>: every copy keeps that very instance wherever it meets it, while other instances of
        /// its type are copied as usual, and the comparer reports any other object in its place, however alike, naming
        /// it by <paramref name="description"/> ("PowerShell's own [System.Management.Automation.PSCredential]::Empty").
        /// A type policy for its type still applies to it. The instance is held for the life of the process.
        /// </summary>
        public static void RegisterSharedInstance(object instance, string description)
        {
            if (instance is null)
            {
                throw new ArgumentNullException(nameof(instance));
            }

            if (instance.GetType().IsValueType)
            {
                // Each read of a boxed value may be a new box, so no code can recognise one by reference.
                throw new ArgumentException("A boxed value has no identity a copy could keep; register an instance of a class.", nameof(instance));
            }

            if (string.IsNullOrWhiteSpace(description))
            {
                throw new ArgumentException("Describe the instance, as the comparer's messages name it.", nameof(description));
            }

            lock (Gate)
            {
                foreach (var entry in _sharedInstances)
                {
                    if (ReferenceEquals(entry.Key, instance))
                    {
                        return;
                    }
                }

                var registered = new KeyValuePair<object, string>(instance, description);
                _sharedInstances = CopyOnWriteArray.Append(_sharedInstances, registered);
                KnownFrameworkStatics.Add(new List<KeyValuePair<object, string>> { registered });

                // Plans list the instances of their type that a copy keeps.
                TypePlanCache.Invalidate();
            }
        }

        /// <summary>Values of <paramref name="type"/>, or of a type derived from it, cannot be copied; <paramref name="reason"/> is shown in the error.</summary>
        public static void RegisterNonCopyable(Type type, string reason)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            lock (Gate)
            {
                foreach (var entry in _nonCopyable)
                {
                    if (entry.Key == type)
                    {
                        return;
                    }
                }

                _nonCopyable = CopyOnWriteArray.Append(_nonCopyable, new KeyValuePair<Type, string>(type, reason ?? "it cannot be copied"));
                TypePlanCache.Invalidate();
            }
        }

        /// <summary>Adds an adapter for the Json strategy. Adapters are consulted in registration order, before every built-in rule.</summary>
        public static void RegisterJsonShapeAdapter(JsonShapeAdapter adapter)
        {
            if (adapter is null)
            {
                throw new ArgumentNullException(nameof(adapter));
            }

            lock (Gate)
            {
                if (Array.IndexOf(_jsonShapeAdapters, adapter) < 0)
                {
                    _jsonShapeAdapters = CopyOnWriteArray.Append(_jsonShapeAdapters, adapter);

                    // The Json strategy's per-type answers follow the plan cache's generation, so this resets them too.
                    TypePlanCache.Invalidate();
                }
            }
        }

        /// <summary>
        /// Adds state kept outside objects' fields that copies must carry (see <see cref="DeepCopyAttachedState"/>).
        /// Each one costs every copied object of a type it applies to a call to <see cref="DeepCopyAttachedState.HasState"/>.
        /// </summary>
        public static void RegisterAttachedState(DeepCopyAttachedState state)
        {
            if (state is null)
            {
                throw new ArgumentNullException(nameof(state));
            }

            lock (Gate)
            {
                foreach (var entry in _attachedStates)
                {
                    if (ReferenceEquals(entry.Key, state))
                    {
                        return;
                    }
                }

                var plan = Metadata.TypePlan.ForHandler(typeof(object), new Handlers.AttachedStateHandler(state));
                _attachedStates = CopyOnWriteArray.Append(_attachedStates, new KeyValuePair<DeepCopyAttachedState, Metadata.TypePlan>(state, plan));

                // Plans record whether an attached state concerns their type.
                TypePlanCache.Invalidate();
            }
        }
    }
}
