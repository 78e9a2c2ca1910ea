using System;
using System.Collections.Generic;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// Process-wide registrations that extend the engine: custom handlers, types shared by contract and types that
    /// must never be copied. Registering clears the cached type plans, so register at start-up, before copying.
    /// </summary>
    public static class DeepCopyRegistry
    {
        private static readonly object Gate = new object();
        private static DeepCopyHandler[] _handlers = Array.Empty<DeepCopyHandler>();
        private static Type[] _shared = Array.Empty<Type>();
        private static KeyValuePair<Type, string>[] _nonCopyable = Array.Empty<KeyValuePair<Type, string>>();
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
